package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * A registered informant. Everyone but the informant handler knows them only by their pseudonym;
 * phone, real name and payment account are held as ciphertext ({@link IdentityCipher}), and the
 * phone's keyed hash finds a second registration of the same number without decrypting anything.
 * The informant's id is the subject of their app token.
 */
@Entity
@Table(name = "ir_informant")
public class Informant extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "pseudonym", nullable = false, updatable = false, length = 20)
  private String pseudonym;

  @Column(name = "phone_hash", nullable = false, updatable = false, length = 64)
  private String phoneHash;

  @Column(name = "phone_cipher", nullable = false, length = 400)
  private String phoneCipher;

  @Column(name = "name_cipher", length = 800)
  private String nameCipher;

  @Column(name = "account_cipher", length = 800)
  private String accountCipher;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "last_active_at", nullable = false)
  private Instant lastActiveAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Informant() {}

  public Informant(String pseudonym, String phoneHash, String phoneCipher, Instant now) {
    this.id = Ids.newIdString();
    this.pseudonym = pseudonym;
    this.phoneHash = phoneHash;
    this.phoneCipher = phoneCipher;
    this.registeredAt = now;
    this.lastActiveAt = now;
  }

  /** Replaces the sealed details the informant gave (each already encrypted; null keeps one). */
  public void seal(String nameCipher, String accountCipher) {
    if (nameCipher != null) {
      this.nameCipher = nameCipher;
    }
    if (accountCipher != null) {
      this.accountCipher = accountCipher;
    }
  }

  /** Re-encrypted under the active key (key rotation). */
  public void reencrypted(String phoneCipher, String nameCipher, String accountCipher) {
    this.phoneCipher = phoneCipher;
    this.nameCipher = nameCipher;
    this.accountCipher = accountCipher;
  }

  public void active(Instant now) {
    if (now.isAfter(lastActiveAt)) {
      lastActiveAt = now;
    }
  }

  public String id() {
    return id;
  }

  public String pseudonym() {
    return pseudonym;
  }

  public String phoneHash() {
    return phoneHash;
  }

  public String phoneCipher() {
    return phoneCipher;
  }

  public String nameCipher() {
    return nameCipher;
  }

  public String accountCipher() {
    return accountCipher;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant lastActiveAt() {
    return lastActiveAt;
  }

  public long version() {
    return version;
  }
}
