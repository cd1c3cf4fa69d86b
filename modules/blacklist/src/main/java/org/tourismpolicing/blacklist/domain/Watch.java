package org.tourismpolicing.blacklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * An integrator's subscription to a subject (a credit code, or a business name compared after
 * normalisation): when an entry of that subject is listed, expires or is removed, a signed webhook
 * is sent to the callback URL. The secret is shown once, at subscription.
 */
@Entity
@Table(name = "bl_watch")
public class Watch extends TenantScopedEntity {

  /** What a watch names. */
  public enum SubjectType implements Coded {
    CREDIT_CODE,
    NAME
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, updatable = false, length = 20)
  private SubjectType subjectType;

  @Column(name = "subject_value", nullable = false, updatable = false, length = 200)
  private String subjectValue;

  /** For name watches: the name's comparable form (see {@code NameKey}). */
  @Column(name = "subject_key", nullable = false, updatable = false, length = 200)
  private String subjectKey;

  @Column(name = "callback_url", nullable = false, updatable = false, length = 500)
  private String callbackUrl;

  @Column(name = "secret", nullable = false, updatable = false, length = 100)
  private String secret;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "created_by", nullable = false, updatable = false, length = 200)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Watch() {}

  public static Watch subscribe(
      SubjectType type,
      String value,
      String key,
      String callbackUrl,
      String secret,
      String by,
      Instant now) {
    Watch w = new Watch();
    w.id = Ids.newIdString();
    w.subjectType = type;
    w.subjectValue = value;
    w.subjectKey = key;
    w.callbackUrl = callbackUrl;
    w.secret = secret;
    w.active = true;
    w.createdBy = by;
    w.createdAt = now;
    return w;
  }

  public void cancel() {
    active = false;
  }

  public String id() {
    return id;
  }

  public SubjectType subjectType() {
    return subjectType;
  }

  public String subjectValue() {
    return subjectValue;
  }

  public String subjectKey() {
    return subjectKey;
  }

  public String callbackUrl() {
    return callbackUrl;
  }

  public String secret() {
    return secret;
  }

  public boolean active() {
    return active;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
