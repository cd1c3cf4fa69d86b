package org.tourismpolicing.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last link of a tenant's audit chain. Appending locks this row, which orders the tenant's
 * records without blocking other tenants.
 */
@Entity
@Table(name = "core_audit_chain")
public class AuditChainHead {

  @Id
  @Column(name = "tenant_id", length = 40)
  private String tenantId;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  AuditChainHead(String tenantId) {
    this.tenantId = tenantId;
    this.lastSeq = 0;
    this.lastHash = AuditHash.GENESIS;
  }

  long lastSeq() {
    return lastSeq;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(long seq, String hash) {
    this.lastSeq = seq;
    this.lastHash = hash;
  }
}
