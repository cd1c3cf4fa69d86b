package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * One party's invitation to rate the mediation of a closed case, reached through a link with a
 * random token and no login. Only the token's SHA-256 is stored, so the table cannot be used to
 * answer for someone. The link works once and until it expires; the answer (1–5 and a comment) is
 * stored on it.
 */
@Entity
@Table(name = "mediation_satisfaction")
public class SatisfactionLink extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, updatable = false, length = 36)
  private String caseId;

  @Column(name = "party_id", nullable = false, updatable = false, length = 36)
  private String partyId;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  @Column(name = "rating")
  private Integer rating;

  @Column(name = "comment", length = 1000)
  private String comment;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SatisfactionLink() {}

  public SatisfactionLink(
      String caseId, String partyId, String tokenHash, Instant now, Duration validity) {
    this.id = Ids.newIdString();
    this.caseId = caseId;
    this.partyId = partyId;
    this.tokenHash = tokenHash;
    this.issuedAt = now;
    this.expiresAt = now.plus(validity);
  }

  /** Whether the link can still be answered at {@code now}. */
  public void requireUsable(Instant now) {
    if (usedAt != null) {
      throw ProblemException.conflict("satisfaction.link.used");
    }
    if (!now.isBefore(expiresAt)) {
      throw ProblemException.conflict("satisfaction.link.expired");
    }
  }

  /** Stores the party's rating; the link is spent. */
  public void answer(int rating, String comment, Instant now) {
    requireUsable(now);
    if (rating < 1 || rating > 5) {
      throw ProblemException.invalid("rating", "satisfaction.rating.range");
    }
    this.rating = rating;
    this.comment = comment;
    this.usedAt = now;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String partyId() {
    return partyId;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant usedAt() {
    return usedAt;
  }

  public Integer rating() {
    return rating;
  }

  public String comment() {
    return comment;
  }
}
