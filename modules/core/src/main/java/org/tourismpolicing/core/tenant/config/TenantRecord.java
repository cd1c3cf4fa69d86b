package org.tourismpolicing.core.tenant.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The documents a tenant was last configured with. A platform-level row (not tenant-scoped): it is
 * what every server instance loads the tenant from, so a tenant onboarded through one instance's
 * API is served by all of them.
 */
@Entity
@Table(name = "core_tenant")
public class TenantRecord {

  @Id
  @Column(name = "id", length = 40)
  private String id;

  @Lob
  @Column(name = "documents", nullable = false)
  private String documents;

  @Column(name = "revision", nullable = false, length = 64)
  private String revision;

  /** Revision of the folder documents last applied (with the module set), null if API-managed. */
  @Column(name = "file_revision", length = 64)
  private String fileRevision;

  @Column(name = "origin", nullable = false, length = 300)
  private String origin;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "applied_by", nullable = false, length = 200)
  private String appliedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantRecord() {}

  TenantRecord(String id) {
    this.id = id;
  }

  void update(
      String documents,
      String revision,
      String fileRevision,
      String origin,
      Instant appliedAt,
      String appliedBy) {
    this.documents = documents;
    this.revision = revision;
    this.fileRevision = fileRevision;
    this.origin = origin;
    this.appliedAt = appliedAt;
    this.appliedBy = appliedBy;
  }

  public String id() {
    return id;
  }

  public String documents() {
    return documents;
  }

  public String revision() {
    return revision;
  }

  public String fileRevision() {
    return fileRevision;
  }

  public String origin() {
    return origin;
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public String appliedBy() {
    return appliedBy;
  }

  public long version() {
    return version;
  }
}
