package org.tourismpolicing.kioskregistry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.kioskregistry.domain.hours.HolidayCalendar;
import org.tourismpolicing.kioskregistry.domain.hours.OpenState;
import org.tourismpolicing.kioskregistry.domain.hours.OpeningHours;

/**
 * A police kiosk or duty point: where tourists ask the way, look for people and lost things, and
 * get first aid (Dali old town runs six kiosks and two duty points, 09:00–22:00).
 *
 * <p>Life cycle: created (from the tenant's documents or by staff) in status {@link
 * KioskStatus#OPEN}; it then serves whenever its opening hours say so. Staff may {@linkplain
 * #changeStatus suspend} it (with a reason, optionally until a time, after which it serves again by
 * itself) or close it (with a reason, until reopened). Invariants: the code is unique within the
 * tenant and never changes; the opening hours always parse; a kiosk is in exactly one zone, the one
 * its position falls in; every change bumps the version, so two editors cannot overwrite each
 * other.
 */
@Entity
@Table(name = "kr_kiosk")
public class Kiosk extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kiosk_type", nullable = false, length = 20)
  private KioskType type;

  @Column(name = "names", nullable = false, length = 4000)
  private LocalizedText names;

  @Column(name = "address", length = 4000)
  private LocalizedText address;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Column(name = "zone_code", nullable = false, length = 40)
  private String zoneCode;

  @Column(name = "opening_hours", nullable = false, length = 500)
  private String openingHours;

  @Column(name = "phone", length = 30)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private KioskStatus status;

  @Column(name = "status_reason", length = 300)
  private String statusReason;

  @Column(name = "status_until")
  private Instant statusUntil;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Kiosk() {}

  public Kiosk(String code, KioskDetails details, Instant now) {
    this.id = Ids.newIdString();
    this.code = Objects.requireNonNull(code);
    this.status = KioskStatus.OPEN;
    this.createdAt = now;
    apply(details, now);
  }

  /** Replaces the descriptive fields (everything but code, status and amenities). */
  public void update(KioskDetails details, Instant now) {
    apply(details, now);
  }

  private void apply(KioskDetails d, Instant now) {
    OpeningHours.parse(d.openingHours()); // refuses an expression that would not evaluate
    this.type = d.type();
    this.names = d.names();
    this.address = d.address();
    this.latitude = d.position().latitude();
    this.longitude = d.position().longitude();
    this.zoneCode = d.zoneCode();
    this.openingHours = d.openingHours();
    this.phone = d.phone();
    this.updatedAt = now;
  }

  /**
   * Suspends, closes or reopens the kiosk.
   *
   * @param until for a suspension, when the kiosk serves again by itself (null: until reopened)
   */
  public void changeStatus(KioskStatus next, String reason, Instant until, Instant now) {
    if (next != KioskStatus.OPEN && (reason == null || reason.isBlank())) {
      throw ProblemException.invalid("reason", "kiosk.status.reason-required");
    }
    if (until != null && next != KioskStatus.SUSPENDED) {
      throw ProblemException.invalid("until", "kiosk.status.until-only-for-suspension");
    }
    if (until != null && !until.isAfter(now)) {
      throw ProblemException.invalid("until", "kiosk.status.until-in-past");
    }
    this.status = next;
    this.statusReason = next == KioskStatus.OPEN ? null : reason;
    this.statusUntil = until;
    this.updatedAt = now;
  }

  /** The status in force at {@code now}: a suspension whose time is up no longer counts. */
  public KioskStatus effectiveStatus(Instant now) {
    return KioskAvailability.effectiveStatus(status, statusUntil, now);
  }

  /**
   * Whether the kiosk serves tourists at {@code now}, and until when: its status first, then its
   * opening hours on the tenant's wall clock.
   */
  public OpenState openState(Instant now, ZoneId zone, HolidayCalendar holidays) {
    return KioskAvailability.openState(status, statusUntil, openingHours, now, zone, holidays);
  }

  public void checkVersion(long expected) {
    if (expected != version) {
      throw ProblemException.versionConflict(expected, version);
    }
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public KioskType type() {
    return type;
  }

  public LocalizedText names() {
    return names;
  }

  public LocalizedText address() {
    return address;
  }

  public GeoPoint position() {
    return GeoPoint.wgs84(latitude, longitude);
  }

  public String zoneCode() {
    return zoneCode;
  }

  public String openingHours() {
    return openingHours;
  }

  public String phone() {
    return phone;
  }

  public KioskStatus status() {
    return status;
  }

  public String statusReason() {
    return statusReason;
  }

  public Instant statusUntil() {
    return statusUntil;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
