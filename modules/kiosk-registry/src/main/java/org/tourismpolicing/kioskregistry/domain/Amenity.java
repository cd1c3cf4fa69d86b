package org.tourismpolicing.kioskregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;

/**
 * Something a kiosk offers tourists: umbrellas, sewing kits, a first-aid kit, drinking water, phone
 * charging, a wheelchair. A stocked amenity counts what is on hand and never goes below zero; a
 * service (phone charging) has no count. Kinds come from the tenant's documents.
 */
@Entity
@Table(name = "kr_amenity")
public class Amenity extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "kiosk_id", nullable = false, updatable = false, length = 36)
  private String kioskId;

  @Column(name = "kind", nullable = false, updatable = false, length = 40)
  private String kind;

  /** Units on hand; null for a service that is not counted. */
  @Column(name = "stock")
  private Integer stock;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Amenity() {}

  public Amenity(String kioskId, String kind, Integer stock, Instant now) {
    if (stock != null && stock < 0) {
      throw ProblemException.invalid("stock", "amenity.stock.negative");
    }
    this.id = Ids.newIdString();
    this.kioskId = kioskId;
    this.kind = kind;
    this.stock = stock;
    this.updatedAt = now;
  }

  /** Sets the count after a stock-take (null turns it into an uncounted service). */
  public void setStock(Integer stock, Instant now) {
    if (stock != null && stock < 0) {
      throw ProblemException.invalid("stock", "amenity.stock.negative");
    }
    this.stock = stock;
    this.updatedAt = now;
  }

  /** Lends out (negative) or takes back (positive) units; stock never goes below zero. */
  public void adjust(int delta, Instant now) {
    checkAdjustable(delta);
    this.stock = stock + delta;
    this.updatedAt = now;
  }

  /** Refuses an adjustment that the rules forbid, given the stock as last read. */
  public void checkAdjustable(int delta) {
    if (stock == null) {
      throw ProblemException.conflict("amenity.not-stocked", kind);
    }
    long next = (long) stock + delta;
    if (next < 0) {
      throw ProblemException.ruleViolation("amenity.stock.insufficient", kind, stock, -delta);
    }
    if (next > Integer.MAX_VALUE) {
      throw ProblemException.invalid("delta", "amenity.stock.too-large");
    }
  }

  /** A tourist can get it now: a service, or a stocked item with some left. */
  public boolean isAvailable() {
    return stock == null || stock > 0;
  }

  public String id() {
    return id;
  }

  public String kioskId() {
    return kioskId;
  }

  public String kind() {
    return kind;
  }

  public Integer stock() {
    return stock;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
