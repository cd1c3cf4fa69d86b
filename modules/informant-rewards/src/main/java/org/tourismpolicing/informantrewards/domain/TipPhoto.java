package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * A photo attached to a tip (JPEG or PNG, recognised by content), stored with the tip in the
 * database with its SHA-256, as mediation stores evidence. Never changed once stored.
 */
@Entity
@Table(name = "ir_tip_photo")
public class TipPhoto extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tip_id", nullable = false, updatable = false, length = 36)
  private String tipId;

  @Column(name = "media_type", nullable = false, updatable = false, length = 60)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  protected TipPhoto() {}

  public TipPhoto(String tipId, PhotoType type, byte[] content, String sha256, Instant now) {
    this.id = Ids.newIdString();
    this.tipId = tipId;
    this.mediaType = type.mediaType();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.content = content.clone();
    this.uploadedAt = now;
  }

  public String id() {
    return id;
  }

  public String tipId() {
    return tipId;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
