package org.tourismpolicing.kioskregistry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.geo.ChinaCoordinates;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.ConfigProblem;
import org.tourismpolicing.core.tenant.config.ConfigProblems;
import org.tourismpolicing.core.validation.InvalidValueException;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.KioskDefinition;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.WalkInKind;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.domain.WalkingEstimate;
import org.tourismpolicing.kioskregistry.domain.hours.OpeningHours;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class KioskRegistryConfigTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One kiosk in the west zone, two amenity kinds (one a service), a day and a night shift. */
  private static final String VALID =
      """
      {
        "amenityKinds": [
          {"code": "umbrella", "names": {"zh-CN": "雨伞", "en": "Umbrella"}},
          {"code": "phone-charging", "names": {"en": "Phone charging"}, "stocked": false}
        ],
        "shifts": [
          {"code": "day", "names": {"en": "Day"}, "start": "09:00", "end": "17:00"},
          {"code": "night", "start": "17:00", "end": "01:00"}
        ],
        "kiosks": [
          {
            "code": "k1",
            "type": "kiosk",
            "names": {"zh-CN": "一号警务亭", "en": "Kiosk 1"},
            "position": {"lat": 25.005, "lon": 100.005},
            "openingHours": "Mo-Su 09:00-22:00; PH 08:00-23:00",
            "phone": "0872-1234567",
            "amenities": {"umbrella": 5, "phone-charging": null},
            "roster": {"day": ["1001"], "night": ["1002"]}
          }
        ]
      }
      """;

  private final KioskRegistryConfig config = new KioskRegistryConfig();
  private final ConfigProblems problems = ConfigProblems.forDocument("kiosk-registry.yaml");

  private static ObjectNode valid() {
    return (ObjectNode) JSON.readTree(VALID);
  }

  private static ObjectNode kiosk(ObjectNode doc, int index) {
    return (ObjectNode) doc.get("kiosks").get(index);
  }

  /** A second kiosk in the east zone, rostered like the first. */
  private static ObjectNode withSecondKiosk() {
    ObjectNode doc = valid();
    ObjectNode second = kiosk(doc, 0).deepCopy().put("code", "k2");
    ((ObjectNode) second.get("position")).put("lon", 100.015);
    ((ObjectNode) second.get("roster")).putArray("day").add("1003");
    ((ObjectNode) second.get("roster")).putArray("night").add("1003");
    ((ArrayNode) doc.get("kiosks")).add(second);
    return doc;
  }

  private KioskRegistrySettings bind(ObjectNode doc, Tenant tenant) {
    return config.bind(doc, tenant, problems);
  }

  /**
   * Binds against the west/east tenant expecting exactly one problem, in the document's only kiosk,
   * which is therefore left out; returns the problem.
   */
  private ConfigProblem oneProblem(ObjectNode doc) {
    KioskRegistrySettings settings = bind(doc, TestTenants.westAndEast());
    assertThat(problems.all()).hasSize(1);
    ConfigProblem problem = problems.all().get(0);
    assertThat(problem.document()).isEqualTo("kiosk-registry.yaml");
    assertThat(settings.kiosks()).as("a kiosk with a problem is not imported").isEmpty();
    return problem;
  }

  @Test
  void bindsAValidDocument() {
    KioskRegistrySettings settings = bind(valid(), TestTenants.westAndEast());

    assertThat(problems.all()).isEmpty();
    assertThat(settings.kiosks()).hasSize(1);
    KioskDefinition k1 = settings.kiosks().get(0);
    assertThat(k1.code()).isEqualTo("k1");
    assertThat(k1.type()).isEqualTo(KioskType.KIOSK);
    assertThat(k1.names().get("zh-CN")).isEqualTo("一号警务亭");
    assertThat(k1.address()).isNull();
    assertThat(k1.zoneCode()).as("derived from the position").isEqualTo("west");
    assertThat(k1.position().latitude()).isEqualTo(25.005);
    assertThat(k1.openingHours()).isEqualTo("Mo-Su 09:00-22:00; PH 08:00-23:00");
    assertThat(k1.phone()).isEqualTo("0872-1234567");
    assertThat(k1.amenities()).containsExactly(Map.entry("umbrella", 5), entryWithNull());
    assertThat(k1.roster())
        .containsEntry("day", List.of("1001"))
        .containsEntry("night", List.of("1002"));
    assertThat(settings.amenityKind("umbrella").orElseThrow().stocked()).isTrue();
    assertThat(settings.amenityKind("phone-charging").orElseThrow().stocked()).isFalse();
    assertThat(settings.shift("night").orElseThrow().end()).hasToString("01:00");
  }

  private static Map.Entry<String, Integer> entryWithNull() {
    return new java.util.AbstractMap.SimpleEntry<>("phone-charging", null);
  }

  @Test
  void namedZoneContainingThePositionIsTaken() {
    ObjectNode doc = valid();
    kiosk(doc, 0).put("zone", "west");

    assertThat(bind(doc, TestTenants.westAndEast()).kiosks().get(0).zoneCode()).isEqualTo("west");
    assertThat(problems.all()).isEmpty();
  }

  @Nested
  class Defaults {

    @Test
    void withoutADocumentTheModuleRunsOnDefaults() {
      KioskRegistrySettings settings = config.bind(null, TestTenants.westAndEast(), problems);

      assertThat(problems.all()).isEmpty();
      assertThat(settings.walking()).isEqualTo(WalkingEstimate.DEFAULT);
      assertThat(settings.walkInKinds())
          .extracting(WalkInKind::code)
          .containsExactly("ask-way", "find-person", "lost-property", "medical-help", "other");
      assertThat(settings.walkInKinds().get(0).names().get("zh-CN")).isEqualTo("问路");
      assertThat(settings.amenityKinds()).isEmpty();
      assertThat(settings.shifts()).isEmpty();
      assertThat(settings.kiosks()).isEmpty();
    }

    @Test
    void withoutWalkInKindsTheDefaultKindsApply() {
      KioskRegistrySettings settings = bind(valid(), TestTenants.westAndEast());

      assertThat(settings.walkInKinds()).isEqualTo(KioskRegistryConfig.DEFAULT_WALK_IN_KINDS);
    }

    @Test
    void ownWalkInKindsReplaceTheDefaults() {
      ObjectNode doc = valid();
      doc.putArray("walkInKinds")
          .addObject()
          .put("code", "altitude-sickness")
          .putObject("names")
          .put("en", "Altitude sickness");

      assertThat(bind(doc, TestTenants.westAndEast()).walkInKinds())
          .extracting(WalkInKind::code)
          .containsExactly("altitude-sickness");
    }

    @Test
    void walkingSettingsDefaultOneByOne() {
      ObjectNode doc = valid();
      doc.putObject("walking").put("detourFactor", 1.4);

      WalkingEstimate walking = bind(doc, TestTenants.westAndEast()).walking();

      assertThat(walking.detourFactor()).isEqualTo(1.4);
      assertThat(walking.speedMetresPerSecond()).isEqualTo(1.2);
    }

    @Test
    void amenityKindsAreStockedUnlessSaidOtherwise() {
      KioskRegistrySettings settings = bind(valid(), TestTenants.westAndEast());

      assertThat(settings.amenityKind("umbrella").orElseThrow().stocked()).isTrue();
    }
  }

  @Nested
  class Positions {

    @Test
    void aPositionOutsideEveryZoneIsRefused() {
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("position")).put("lat", 25.02);

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/position");
      assertThat(problem.message()).contains("none of the zones", "west", "east");
    }

    @Test
    void aNamedZoneMustContainThePosition() {
      ObjectNode doc = valid();
      kiosk(doc, 0).put("zone", "east");

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/zone");
      assertThat(problem.message()).contains("not inside zone 'east'");
    }

    @Test
    void aNamedZoneMustExist() {
      ObjectNode doc = valid();
      kiosk(doc, 0).put("zone", "lake");

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/zone");
      assertThat(problem.message()).contains("'lake'");
    }

    @Test
    void aPositionOutOfRangeIsRefused() {
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("position")).put("lat", 100.005).put("lon", 25.005);

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/position");
      assertThat(problem.message()).contains("latitude");
    }

    @Test
    void aGcj02TenantsPositionsAreConverted() {
      // a small zone around a WGS-84 point; the kiosk is written as a Chinese map shows that point
      double[] gcj = ChinaCoordinates.wgs84ToGcj02(25.005, 100.005);
      Tenant tenant =
          TestTenants.tenant(
              CoordinateSystem.GCJ02, TestTenants.square("gate", 100.004, 25.004, 0.002));
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("position")).put("lat", gcj[0]).put("lon", gcj[1]);
      assertThat(
              tenant
                  .geography()
                  .zoneAt(org.tourismpolicing.core.geo.GeoPoint.wgs84(gcj[0], gcj[1])))
          .as("unconverted, the position would be outside the zone")
          .isEmpty();

      KioskRegistrySettings settings = bind(doc, tenant);

      assertThat(problems.all()).isEmpty();
      KioskDefinition k1 = settings.kiosks().get(0);
      assertThat(k1.zoneCode()).isEqualTo("gate");
      assertThat(k1.position().latitude()).isCloseTo(25.005, within(1e-7));
      assertThat(k1.position().longitude()).isCloseTo(100.005, within(1e-7));
    }
  }

  @Nested
  class Amenities {

    @Test
    void anUnknownAmenityKindIsRefused() {
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("amenities")).put("oxygen", 30);

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/amenities/oxygen");
      assertThat(problem.message()).contains("no such amenity kind");
    }

    @Test
    void aServiceCannotHaveAStock() {
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("amenities")).put("phone-charging", 3);

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/amenities/phone-charging");
      assertThat(problem.message()).contains("service");
    }

    /**
     * Without a count a stocked amenity would be "available" for ever (Amenity.isAvailable), and
     * the API refuses the same thing (KioskService.setStock: validation.required).
     */
    @Test
    void aStockedAmenityNeedsAStock() {
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("amenities")).putNull("umbrella");

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/amenities/umbrella");
    }
  }

  @Nested
  class OpeningHoursSyntax {

    @Test
    void badOpeningHoursAreRefusedWithTheParsersMessage() {
      ObjectNode doc = valid();
      kiosk(doc, 0).put("openingHours", "Mon-Fri 9am-5pm");
      InvalidValueException parserSays =
          catchThrowableOfType(
              InvalidValueException.class, () -> OpeningHours.parse("Mon-Fri 9am-5pm"));

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/openingHours");
      assertThat(problem.message())
          .isEqualTo(parserSays.getMessage())
          .startsWith("opening hours are not valid: ");
    }

    @Test
    void unsupportedOpeningHoursAreRefused() {
      ObjectNode doc = valid();
      kiosk(doc, 0).put("openingHours", "Mo-Su sunrise-sunset");

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/openingHours");
      assertThat(problem.message()).contains("not supported");
    }
  }

  @Nested
  class Roster {

    @Test
    void anUnknownShiftIsRefused() {
      ObjectNode doc = valid();
      ((ObjectNode) kiosk(doc, 0).get("roster")).putArray("evening").add("1003");

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/roster/evening");
      assertThat(problem.message()).contains("no such shift");
    }

    @Test
    void anUnknownBadgeIsRefused() {
      ObjectNode doc = valid();
      ((ArrayNode) kiosk(doc, 0).get("roster").get("day")).add("9999");

      ConfigProblem problem = oneProblem(doc);

      assertThat(problem.field()).isEqualTo("/kiosks/0/roster/day");
      assertThat(problem.message()).contains("9999", "roster");
    }

    @Test
    void anOfficerCannotStandAtTwoKiosksInOneShift() {
      ObjectNode doc = withSecondKiosk();
      ((ArrayNode) kiosk(doc, 1).get("roster").get("day")).add("1001");

      KioskRegistrySettings settings = bind(doc, TestTenants.westAndEast());

      assertThat(problems.all())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("/kiosks/1/roster/day");
                assertThat(p.message()).contains("1001", "'k1'");
              });
      assertThat(settings.kiosks()).extracting(KioskDefinition::code).containsExactly("k1");
    }

    @Test
    void anOfficerMayWorkTwoShifts() {
      KioskRegistrySettings settings = bind(withSecondKiosk(), TestTenants.westAndEast());

      assertThat(problems.all()).isEmpty();
      assertThat(settings.kiosks()).extracting(KioskDefinition::code).containsExactly("k1", "k2");
      assertThat(settings.kiosks().get(1).zoneCode()).isEqualTo("east");
    }
  }

  @Nested
  class UniqueCodes {

    @Test
    void kioskCodesAreUnique() {
      ObjectNode doc = withSecondKiosk();
      kiosk(doc, 1).put("code", "k1");

      KioskRegistrySettings settings = bind(doc, TestTenants.westAndEast());

      assertThat(problems.all())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.field()).isEqualTo("/kiosks/1/code");
                assertThat(p.message()).isEqualTo("'k1' is used twice");
              });
      assertThat(settings.kiosks()).hasSize(1);
    }

    @Test
    void amenityKindShiftAndWalkInKindCodesAreUnique() {
      ObjectNode doc = valid();
      ((ArrayNode) doc.get("amenityKinds")).add(doc.get("amenityKinds").get(0).deepCopy());
      ((ArrayNode) doc.get("shifts")).add(doc.get("shifts").get(0).deepCopy());
      ArrayNode walkIns = doc.putArray("walkInKinds");
      walkIns.addObject().put("code", "ask-way").putObject("names").put("en", "Way");
      walkIns.addObject().put("code", "ask-way").putObject("names").put("en", "Way again");

      bind(doc, TestTenants.westAndEast());

      assertThat(problems.all())
          .extracting(ConfigProblem::field)
          .containsExactlyInAnyOrder(
              "/amenityKinds/2/code", "/shifts/2/code", "/walkInKinds/1/code");
    }
  }

  @Test
  void everyProblemOfEveryKioskIsReported() {
    ObjectNode doc = withSecondKiosk();
    kiosk(doc, 0).put("openingHours", "9-17");
    ((ObjectNode) kiosk(doc, 1).get("amenities")).put("oxygen", 3);
    ((ObjectNode) kiosk(doc, 1).get("position")).put("lat", 26.0);

    KioskRegistrySettings settings = bind(doc, TestTenants.westAndEast());

    assertThat(problems.all())
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder(
            "/kiosks/0/openingHours", "/kiosks/1/position", "/kiosks/1/amenities/oxygen");
    assertThat(settings.kiosks()).isEmpty();
  }

  @Test
  void describesItsDocument() {
    assertThat(config.name()).isEqualTo("kiosk-registry").isEqualTo(KioskRegistrySettings.MODULE);
    assertThat(getClass().getClassLoader().getResource(config.schemaResource())).isNotNull();
  }
}
