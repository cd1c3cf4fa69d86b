package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * A phone number waiting to be confirmed with the one-time code sent to it. The code is kept only
 * as a hash; five wrong tries or the end of its validity spend it.
 */
@Entity
@Table(name = "ir_registration")
public class PhoneRegistration extends TenantScopedEntity {

  public static final int MAX_ATTEMPTS = 5;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "phone_hash", nullable = false, updatable = false, length = 64)
  private String phoneHash;

  @Column(name = "phone_cipher", nullable = false, updatable = false, length = 400)
  private String phoneCipher;

  @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
  private String codeHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PhoneRegistration() {}

  /**
   * @param id made by the caller first, because the code's hash is bound to it
   */
  public PhoneRegistration(
      String id,
      String phoneHash,
      String phoneCipher,
      String codeHash,
      Instant now,
      Duration validFor) {
    this.id = id;
    this.phoneHash = phoneHash;
    this.phoneCipher = phoneCipher;
    this.codeHash = codeHash;
    this.createdAt = now;
    this.expiresAt = now.plus(validFor);
  }

  /**
   * Checks a code against the stored hash: a wrong code counts as an attempt (and answers 422), a
   * spent registration answers 409.
   *
   * @return true when confirmed now; false when the code is wrong (the attempt is counted)
   */
  public boolean confirm(String givenCodeHash, Instant now) {
    if (confirmedAt != null || attempts >= MAX_ATTEMPTS || !now.isBefore(expiresAt)) {
      throw ProblemException.conflict("registration.spent");
    }
    if (!java.security.MessageDigest.isEqual(
        codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        givenCodeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      attempts++;
      return false;
    }
    confirmedAt = now;
    return true;
  }

  public String id() {
    return id;
  }

  public String phoneHash() {
    return phoneHash;
  }

  public String phoneCipher() {
    return phoneCipher;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public int attempts() {
    return attempts;
  }
}
