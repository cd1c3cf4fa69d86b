package org.tourismpolicing.kioskregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * The officers on duty at a kiosk for one shift: either the default roster (every day, from the
 * tenant's documents) or a roster for one date, which replaces the default on that date.
 */
@Entity
@Table(name = "kr_duty_assignment")
public class DutyAssignment extends TenantScopedEntity {

  /** {@code appliesTo} of the default roster. */
  public static final String DEFAULT = "default";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "kiosk_id", nullable = false, updatable = false, length = 36)
  private String kioskId;

  /** {@code default}, or an ISO date. */
  @Column(name = "applies_to", nullable = false, updatable = false, length = 10)
  private String appliesTo;

  @Column(name = "shift_code", nullable = false, updatable = false, length = 40)
  private String shiftCode;

  /** Badge numbers, comma-separated. */
  @Column(name = "badges", nullable = false, length = 1000)
  private String badges;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected DutyAssignment() {}

  public DutyAssignment(
      String kioskId,
      String appliesTo,
      String shiftCode,
      List<String> badges,
      Instant now,
      String by) {
    this.id = Ids.newIdString();
    this.kioskId = kioskId;
    this.appliesTo = appliesTo;
    this.shiftCode = shiftCode;
    assign(badges, now, by);
  }

  public static String appliesTo(LocalDate date) {
    return date == null ? DEFAULT : date.toString();
  }

  public void assign(List<String> badges, Instant now, String by) {
    this.badges = String.join(",", badges);
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public List<String> badges() {
    return badges.isEmpty() ? List.of() : Arrays.asList(badges.split(","));
  }

  public String id() {
    return id;
  }

  public String kioskId() {
    return kioskId;
  }

  public String appliesTo() {
    return appliesTo;
  }

  public boolean isDefault() {
    return DEFAULT.equals(appliesTo);
  }

  public String shiftCode() {
    return shiftCode;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
