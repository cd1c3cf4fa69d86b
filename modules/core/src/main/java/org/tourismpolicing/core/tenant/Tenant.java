package org.tourismpolicing.core.tenant;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geography.TenantGeography;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A jurisdiction as the running system knows it: identity, time zone, languages, geography, partner
 * departments, officer roster, and each deployed module's settings, all taken from the tenant's
 * documents. Immutable; a new revision of the documents yields a new instance.
 */
public record Tenant(
    TenantId id,
    LocalizedText names,
    ZoneId timeZone,
    List<Locale> languages,
    Currency currency,
    CoordinateSystem documentCoordinates,
    Set<LocalDate> publicHolidays,
    TenantGeography geography,
    List<Department> departments,
    List<Officer> officers,
    String revision,
    Map<String, Object> moduleSettings,
    TileSource tiles) {

  /** A tenant whose maps have no tile source: vectors over a plain background. */
  public Tenant(
      TenantId id,
      LocalizedText names,
      ZoneId timeZone,
      List<Locale> languages,
      Currency currency,
      CoordinateSystem documentCoordinates,
      Set<LocalDate> publicHolidays,
      TenantGeography geography,
      List<Department> departments,
      List<Officer> officers,
      String revision,
      Map<String, Object> moduleSettings) {
    this(
        id,
        names,
        timeZone,
        languages,
        currency,
        documentCoordinates,
        publicHolidays,
        geography,
        departments,
        officers,
        revision,
        moduleSettings,
        null);
  }

  public Tenant {
    languages = List.copyOf(languages);
    publicHolidays = Set.copyOf(publicHolidays);
    departments = List.copyOf(departments);
    officers = List.copyOf(officers);
    moduleSettings = Map.copyOf(moduleSettings);
  }

  /** The first of the tenant's languages: used when a caller states no preference. */
  public Locale defaultLanguage() {
    return languages.isEmpty() ? Locale.SIMPLIFIED_CHINESE : languages.get(0);
  }

  /** Now, on the tenant's wall clock. */
  public ZonedDateTime now(Clock clock) {
    return ZonedDateTime.now(clock.withZone(timeZone));
  }

  public LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(timeZone));
  }

  public boolean isPublicHoliday(LocalDate date) {
    return publicHolidays.contains(date);
  }

  public Optional<Department> department(String code) {
    return departments.stream().filter(d -> d.code().equals(code)).findFirst();
  }

  public Optional<Officer> officer(String badgeNumber) {
    return officers.stream().filter(o -> o.badgeNumber().equals(badgeNumber)).findFirst();
  }

  /**
   * The settings a module bound from its own document ({@code kiosk-registry.yaml} and so on), or
   * its defaults when the tenant has no such document.
   */
  public <S> S settings(String module, Class<S> type) {
    Object s = moduleSettings.get(module);
    if (s == null) {
      throw new IllegalStateException("module " + module + " is not configured for tenant " + id);
    }
    return type.cast(s);
  }

  /** A partner department of the station (culture and tourism, fire, market regulation …). */
  public record Department(String code, String kind, LocalizedText names) {}

  /** An officer of the station's roster; the badge number is the officer's stable reference. */
  public record Officer(String badgeNumber, String name, String team) {}

  /**
   * The raster map tiles the tenant's documents name ({@code map.tiles} in tenant.yaml), drawn
   * under the pages' vectors; {@code coordinateSystem} is the one the tiles are drawn in (GCJ-02
   * for most Chinese tile services), so that pages shift positions onto them.
   */
  public record TileSource(
      String url,
      String subdomains,
      String attribution,
      CoordinateSystem coordinateSystem,
      int maxZoom) {}
}
