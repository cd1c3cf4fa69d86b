package org.tourismpolicing.core.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * The first answer to an intake request with an {@code Idempotency-Key}, kept so that a retry gets
 * the same answer instead of creating a second record. Keyed per tenant by a hash of scope and key.
 */
@Entity
@Table(name = "core_idempotency_record")
public class IdempotencyRecord extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 64)
  private String id;

  @Column(name = "scope", nullable = false, length = 100)
  private String scope;

  @Column(name = "idem_key", nullable = false, length = 200)
  private String key;

  @Column(name = "request_hash", nullable = false, length = 64)
  private String requestHash;

  @Column(name = "response_status", nullable = false)
  private int responseStatus;

  @Column(name = "response_location", length = 500)
  private String responseLocation;

  @Lob
  @Column(name = "response_body")
  private String responseBody;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected IdempotencyRecord() {}

  IdempotencyRecord(String id, String scope, String key, String requestHash, Instant createdAt) {
    this.id = id;
    this.scope = scope;
    this.key = key;
    this.requestHash = requestHash;
    this.createdAt = createdAt;
  }

  void answer(int status, String location, String body) {
    this.responseStatus = status;
    this.responseLocation = location;
    this.responseBody = body;
  }

  String requestHash() {
    return requestHash;
  }

  int responseStatus() {
    return responseStatus;
  }

  String responseLocation() {
    return responseLocation;
  }

  String responseBody() {
    return responseBody;
  }
}
