package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * A party to a dispute: a tourist, a merchant (with its credit code when known) or a resident, how
 * to reach them and the language they read, and their consent once an agreement is reached.
 */
@Entity
@Table(name = "mediation_party")
public class CaseParty extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, updatable = false, length = 36)
  private String caseId;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_role", nullable = false, updatable = false, length = 20)
  private PartyRole role;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "contact", length = 100)
  private String contact;

  @Column(name = "language", nullable = false, length = 35)
  private String language;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "consented_at")
  private Instant consentedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "consent_method", length = 20)
  private ConsentMethod consentMethod;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CaseParty() {}

  public CaseParty(
      String caseId,
      PartyRole role,
      String name,
      String contact,
      String language,
      UnifiedSocialCreditCode creditCode,
      Instant now) {
    this.id = Ids.newIdString();
    this.caseId = caseId;
    this.role = role;
    this.name = name;
    this.contact = contact;
    this.language = language;
    this.creditCode = creditCode == null ? null : creditCode.value();
    this.createdAt = now;
  }

  public void consent(ConsentMethod method, Instant now) {
    this.consentMethod = method;
    this.consentedAt = now;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public PartyRole role() {
    return role;
  }

  public String name() {
    return name;
  }

  public String contact() {
    return contact;
  }

  public String language() {
    return language;
  }

  public String creditCode() {
    return creditCode;
  }

  public Instant consentedAt() {
    return consentedAt;
  }

  public ConsentMethod consentMethod() {
    return consentMethod;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
