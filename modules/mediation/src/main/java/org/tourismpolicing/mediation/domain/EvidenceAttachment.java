package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * A photo or document supporting a case (a receipt, a price board, a damaged item). Stored in the
 * database with the case, tenant-scoped like every row, with its SHA-256 so a copy handed to a
 * court can be shown to be the one received. Never changed once stored.
 */
@Entity
@Table(name = "mediation_evidence")
public class EvidenceAttachment extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "case_id", nullable = false, updatable = false, length = 36)
  private String caseId;

  @Column(name = "file_name", nullable = false, updatable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false, length = 60)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  // eager: lists read a projection without the content (a lazy basic attribute breaks
  // EclipseLink's multitenant fetch groups)
  @Lob
  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, updatable = false, length = 200)
  private String uploadedBy;

  protected EvidenceAttachment() {}

  public EvidenceAttachment(
      String caseId,
      String fileName,
      EvidenceType type,
      byte[] content,
      String sha256,
      Instant now,
      String uploadedBy) {
    this.id = Ids.newIdString();
    this.caseId = caseId;
    this.fileName = fileName;
    this.mediaType = type.mediaType();
    this.sizeBytes = content.length;
    this.sha256 = sha256;
    this.content = content.clone();
    this.uploadedAt = now;
    this.uploadedBy = uploadedBy;
  }

  public String id() {
    return id;
  }

  public String caseId() {
    return caseId;
  }

  public String fileName() {
    return fileName;
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

  public String uploadedBy() {
    return uploadedBy;
  }
}
