package org.tourismpolicing.blacklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * Evidence of a listing: an uploaded document (PDF, JPEG, PNG; checked by its leading bytes), or a
 * reference by id to an incident, a mediation case or a tip of this tenant.
 */
@Entity
@Table(name = "bl_evidence")
public class Evidence extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "entry_id", nullable = false, updatable = false, length = 36)
  private String entryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 20)
  private EvidenceKind kind;

  @Column(name = "reference", updatable = false, length = 100)
  private String reference;

  @Column(name = "note", updatable = false, length = 500)
  private String note;

  @Column(name = "file_name", updatable = false, length = 200)
  private String fileName;

  @Column(name = "media_type", updatable = false, length = 60)
  private String mediaType;

  @Column(name = "size_bytes", updatable = false)
  private Long sizeBytes;

  @Column(name = "sha256", updatable = false, length = 64)
  private String sha256;

  // eager: a lazy basic attribute breaks EclipseLink's fetch groups of multitenant entities
  @Lob
  @Column(name = "content", updatable = false)
  private byte[] content;

  @Column(name = "added_by", nullable = false, updatable = false, length = 200)
  private String addedBy;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected Evidence() {}

  public static Evidence reference(
      String entryId, EvidenceKind kind, String reference, String note, String by, Instant now) {
    Evidence e = base(entryId, kind, by, now);
    e.reference = reference;
    e.note = note;
    return e;
  }

  public static Evidence document(
      String entryId,
      DocumentType type,
      String fileName,
      byte[] content,
      String sha256,
      String by,
      Instant now) {
    Evidence e = base(entryId, EvidenceKind.DOCUMENT, by, now);
    e.mediaType = type.mediaType();
    e.fileName = fileName;
    e.content = content.clone();
    e.sizeBytes = (long) content.length;
    e.sha256 = sha256;
    return e;
  }

  private static Evidence base(String entryId, EvidenceKind kind, String by, Instant now) {
    Evidence e = new Evidence();
    e.id = Ids.newIdString();
    e.entryId = entryId;
    e.kind = kind;
    e.addedBy = by;
    e.addedAt = now;
    return e;
  }

  public String id() {
    return id;
  }

  public String entryId() {
    return entryId;
  }

  public EvidenceKind kind() {
    return kind;
  }

  public String reference() {
    return reference;
  }

  public String note() {
    return note;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public Long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  /** This evidence as lists show it, without the content. */
  public EvidenceItem item() {
    return new EvidenceItem(
        id, entryId, kind, reference, note, fileName, mediaType, sizeBytes, sha256, addedBy,
        addedAt);
  }

  public byte[] content() {
    return content == null ? null : content.clone();
  }

  public String addedBy() {
    return addedBy;
  }

  public Instant addedAt() {
    return addedAt;
  }
}
