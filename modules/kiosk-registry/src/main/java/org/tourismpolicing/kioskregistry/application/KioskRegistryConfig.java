package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.ConfigProblems;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import org.tourismpolicing.core.validation.InvalidValueException;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.AmenityKind;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.KioskDefinition;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.WalkInKind;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.domain.Shift;
import org.tourismpolicing.kioskregistry.domain.WalkingEstimate;
import org.tourismpolicing.kioskregistry.domain.hours.OpeningHours;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kiosk registry's document in a tenant's configuration: binds {@code kiosk-registry.yaml}
 * (checking zones, opening hours, amenity kinds and roster against the tenant) and imports the
 * kiosks it defines.
 */
@ApplicationScoped
public class KioskRegistryConfig implements TenantModuleConfig<KioskRegistrySettings> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Walk-in kinds of a tenant whose document names none (the kinds the Dali station reports). */
  static final List<WalkInKind> DEFAULT_WALK_IN_KINDS =
      List.of(
          kind("ask-way", "问路", "Asking the way"),
          kind("find-person", "寻人", "Looking for a person"),
          kind("lost-property", "寻物", "Lost property"),
          kind("medical-help", "就医求助", "Medical help"),
          kind("other", "其他", "Other"));

  @Inject KioskImport importer;
  @Inject Clock clock;

  @Override
  public String name() {
    return KioskRegistrySettings.MODULE;
  }

  @Override
  public String schemaResource() {
    return "META-INF/tenant-config/kiosk-registry.schema.json";
  }

  @Override
  public KioskRegistrySettings bind(JsonNode node, Tenant tenant, ConfigProblems problems) {
    if (node == null) {
      return new KioskRegistrySettings(
          WalkingEstimate.DEFAULT, List.of(), DEFAULT_WALK_IN_KINDS, List.of(), List.of());
    }
    KioskRegistryDocument doc = JSON.treeToValue(node, KioskRegistryDocument.class);
    WalkingEstimate walking = walking(doc.walking());
    List<AmenityKind> amenityKinds = new ArrayList<>();
    uniqueCodes(orEmpty(doc.amenityKinds()), "/amenityKinds", problems)
        .forEach(
            k ->
                amenityKinds.add(
                    new AmenityKind(
                        k.code(),
                        new LocalizedText(k.names()),
                        k.stocked() == null || k.stocked())));
    List<WalkInKind> walkInKinds = new ArrayList<>();
    uniqueCodes(orEmpty(doc.walkInKinds()), "/walkInKinds", problems)
        .forEach(k -> walkInKinds.add(new WalkInKind(k.code(), new LocalizedText(k.names()))));
    if (walkInKinds.isEmpty()) {
      walkInKinds.addAll(DEFAULT_WALK_IN_KINDS);
    }
    List<Shift> shifts = shifts(orEmpty(doc.shifts()), problems);
    List<KioskDefinition> kiosks = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Map<String, String> dutyByShiftAndBadge = new HashMap<>();
    List<KioskRegistryDocument.KioskDoc> kioskDocs = orEmpty(doc.kiosks());
    for (int i = 0; i < kioskDocs.size(); i++) {
      KioskDefinition k =
          kiosk(
              kioskDocs.get(i),
              "/kiosks/" + i,
              tenant,
              amenityKinds,
              shifts,
              codes,
              dutyByShiftAndBadge,
              problems);
      if (k != null) {
        kiosks.add(k);
      }
    }
    return new KioskRegistrySettings(walking, amenityKinds, walkInKinds, shifts, kiosks);
  }

  @Override
  public void importData(Tenant tenant, KioskRegistrySettings settings) {
    importer.importKiosks(tenant, settings, clock.instant());
  }

  private static WalkingEstimate walking(KioskRegistryDocument.Walking w) {
    if (w == null) {
      return WalkingEstimate.DEFAULT;
    }
    return new WalkingEstimate(
        w.speedMetresPerSecond() == null
            ? WalkingEstimate.DEFAULT.speedMetresPerSecond()
            : w.speedMetresPerSecond(),
        w.detourFactor() == null ? WalkingEstimate.DEFAULT.detourFactor() : w.detourFactor());
  }

  private static List<KioskRegistryDocument.Kind> uniqueCodes(
      List<KioskRegistryDocument.Kind> kinds, String at, ConfigProblems problems) {
    Set<String> seen = new HashSet<>();
    List<KioskRegistryDocument.Kind> unique = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      if (seen.add(kinds.get(i).code())) {
        unique.add(kinds.get(i));
      } else {
        problems.add(at + "/" + i + "/code", "'" + kinds.get(i).code() + "' is used twice");
      }
    }
    return unique;
  }

  private static List<Shift> shifts(
      List<KioskRegistryDocument.ShiftDoc> docs, ConfigProblems problems) {
    List<Shift> shifts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      var s = docs.get(i);
      if (!seen.add(s.code())) {
        problems.add("/shifts/" + i + "/code", "'" + s.code() + "' is used twice");
        continue;
      }
      shifts.add(
          new Shift(
              s.code(),
              new LocalizedText(s.names() == null ? Map.of() : s.names()),
              LocalTime.parse(s.start()),
              LocalTime.parse(s.end())));
    }
    return shifts;
  }

  private static KioskDefinition kiosk(
      KioskRegistryDocument.KioskDoc k,
      String at,
      Tenant tenant,
      List<AmenityKind> amenityKinds,
      List<Shift> shifts,
      Set<String> codes,
      Map<String, String> dutyByShiftAndBadge,
      ConfigProblems problems) {
    int before = problems.all().size();
    if (!codes.add(k.code())) {
      problems.add(at + "/code", "'" + k.code() + "' is used twice");
    }
    GeoPoint position = null;
    try {
      position = GeoPoint.of(k.position().lat(), k.position().lon(), tenant.documentCoordinates());
    } catch (InvalidValueException e) {
      problems.add(at + "/position", e.getMessage());
    }
    String zoneCode = null;
    if (position != null) {
      var containing = tenant.geography().zoneAt(position);
      if (k.zone() != null) {
        var named = tenant.geography().zone(k.zone());
        if (named.isEmpty()) {
          problems.add(at + "/zone", "no zone '" + k.zone() + "' in tenant.yaml");
        } else if (!named.get().contains(position)) {
          problems.add(at + "/zone", "the position is not inside zone '" + k.zone() + "'");
        } else {
          zoneCode = k.zone();
        }
      } else if (containing.isEmpty()) {
        problems.add(
            at + "/position",
            "the position is in none of the zones "
                + tenant.geography().zones().stream().map(Zone::code).toList());
      } else {
        zoneCode = containing.get().code();
      }
    }
    try {
      OpeningHours.parse(k.openingHours());
    } catch (InvalidValueException e) {
      problems.add(at + "/openingHours", e.getMessage());
    }
    Map<String, Integer> amenities = new LinkedHashMap<>();
    if (k.amenities() != null) {
      for (var e : k.amenities().entrySet()) {
        var kind = amenityKinds.stream().filter(a -> a.code().equals(e.getKey())).findFirst();
        if (kind.isEmpty()) {
          problems.add(at + "/amenities/" + e.getKey(), "no such amenity kind in amenityKinds");
        } else if (!kind.get().stocked() && e.getValue() != null) {
          problems.add(at + "/amenities/" + e.getKey(), "is a service, its stock must be null");
        } else if (kind.get().stocked() && e.getValue() == null) {
          problems.add(at + "/amenities/" + e.getKey(), "is counted: give its initial stock");
        } else {
          amenities.put(e.getKey(), e.getValue());
        }
      }
    }
    Map<String, List<String>> roster = new LinkedHashMap<>();
    if (k.roster() != null) {
      for (var e : k.roster().entrySet()) {
        String shiftAt = at + "/roster/" + e.getKey();
        if (shifts.stream().noneMatch(s -> s.code().equals(e.getKey()))) {
          problems.add(shiftAt, "no such shift in shifts");
          continue;
        }
        for (String badge : e.getValue()) {
          if (tenant.officer(badge).isEmpty()) {
            problems.add(
                shiftAt, "badge " + badge + " is not in the officer roster of tenant.yaml");
          }
          String other = dutyByShiftAndBadge.putIfAbsent(e.getKey() + "/" + badge, k.code());
          if (other != null) {
            problems.add(
                shiftAt,
                "officer " + badge + " is already on duty at kiosk '" + other + "' in this shift");
          }
        }
        roster.put(e.getKey(), List.copyOf(e.getValue()));
      }
    }
    if (problems.all().size() > before) {
      return null;
    }
    return new KioskDefinition(
        k.code(),
        KioskType.fromCode(k.type()).orElseThrow(),
        new LocalizedText(k.names()),
        k.address() == null ? null : new LocalizedText(k.address()),
        position,
        zoneCode,
        k.openingHours(),
        k.phone(),
        amenities,
        roster);
  }

  private static WalkInKind kind(String code, String zh, String en) {
    return new WalkInKind(code, new LocalizedText(Map.of("zh-CN", zh, "en", en)));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
