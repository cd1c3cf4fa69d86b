package org.tourismpolicing.core.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tourismpolicing.core.tenant.config.CoreDocs.polygon;
import static org.tourismpolicing.core.tenant.config.CoreDocs.square;
import static org.tourismpolicing.core.tenant.config.CoreDocs.zone;
import static org.tourismpolicing.core.tenant.config.CoreDocs.zoneDoc;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.tourismpolicing.core.geo.ChinaCoordinates;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.geography.Zone;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantId;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CoreTenantBinderTest {

  private final ConfigProblems problems = ConfigProblems.forDocument("tenant.yaml");

  private Tenant bind(ObjectNode doc) {
    return CoreTenantBinder.bind(doc, "test-town", "rev-1", problems);
  }

  /** Binds {@code doc}, expecting it refused with exactly one problem, and returns that problem. */
  private ConfigProblem refused(ObjectNode doc) {
    Tenant tenant = bind(doc);
    assertThat(tenant).as("a refused document binds to nothing").isNull();
    assertThat(problems.all()).hasSize(1);
    ConfigProblem problem = problems.all().get(0);
    assertThat(problem.document()).isEqualTo("tenant.yaml");
    return problem;
  }

  @Test
  void bindsAValidDocument() {
    Tenant tenant = bind(CoreDocs.valid());

    assertThat(problems.all()).isEmpty();
    assertThat(tenant.id()).isEqualTo(TenantId.of("test-town"));
    assertThat(tenant.names().get("zh-CN")).isEqualTo("测试古镇派出所");
    assertThat(tenant.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(tenant.languages()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    assertThat(tenant.currency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(tenant.documentCoordinates()).isEqualTo(CoordinateSystem.WGS84);
    assertThat(tenant.publicHolidays())
        .containsExactlyInAnyOrder(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
    assertThat(tenant.geography().zones()).extracting(Zone::code).containsExactly("west", "east");
    assertThat(tenant.departments())
        .extracting(Tenant.Department::code)
        .containsExactly("fire", "market");
    assertThat(tenant.officer("1001")).map(Tenant.Officer::team).contains("kiosk-1");
    assertThat(tenant.officer("1002")).map(Tenant.Officer::team).isEmpty();
    assertThat(tenant.revision()).isEqualTo("rev-1");
    assertThat(tenant.moduleSettings()).isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    ObjectNode doc = CoreDocs.valid();
    doc.put("timeZone", "Asia/Dali");
    ((ArrayNode) doc.get("languages")).add("zh_CN");
    ((ObjectNode) doc.get("officers").get(1)).put("badge", "1001");

    assertThat(bind(doc)).isNull();
    assertThat(problems.all())
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder("/timeZone", "/languages/2", "/officers/1/badge");
  }

  @Nested
  class Identity {

    @Test
    void idMustBeTheOneTheTenantIsAddressedBy() {
      ConfigProblem problem = refusedAs(CoreDocs.valid(), "other-town");

      assertThat(problem.field()).isEqualTo("/id");
      assertThat(problem.message()).contains("'test-town'", "'other-town'");
    }

    @Test
    void anyValidIdIsTakenWhenNoneIsExpected() {
      Tenant tenant = CoreTenantBinder.bind(CoreDocs.valid(), null, "rev", problems);

      assertThat(problems.all()).isEmpty();
      assertThat(tenant.id().value()).isEqualTo("test-town");
    }

    @Test
    void reservedIdIsRefusedEvenThoughTheSchemaPatternAllowsIt() {
      ObjectNode doc = CoreDocs.valid().put("id", "platform");

      ConfigProblem problem = refusedAs(doc, null);

      assertThat(problem.field()).isEqualTo("/id");
      assertThat(problem.message()).contains("'platform'");
    }

    private ConfigProblem refusedAs(ObjectNode doc, String expectedId) {
      assertThat(CoreTenantBinder.bind(doc, expectedId, "rev", problems)).isNull();
      assertThat(problems.all()).hasSize(1);
      return problems.all().get(0);
    }
  }

  @Nested
  class TimeZoneLanguagesCurrency {

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Dali", "CST", "UTC+8:00:00:00", "Beijing"})
    void timeZoneMustBeAZoneId(String zone) {
      ConfigProblem problem = refused(CoreDocs.valid().put("timeZone", zone));

      assertThat(problem.field()).isEqualTo("/timeZone");
      assertThat(problem.message()).contains(zone, "Asia/Shanghai");
    }

    @Test
    void offsetZonesAreZoneIds() {
      Tenant tenant = bind(CoreDocs.valid().put("timeZone", "UTC"));

      assertThat(tenant.timeZone()).isEqualTo(ZoneId.of("UTC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh_CN", "chinese-simplified-x", "en-", "zh-CN-"})
    void languagesMustBeLanguageTags(String tag) {
      ObjectNode doc = CoreDocs.valid();
      ((ArrayNode) doc.get("languages")).add(tag);

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/languages/2");
      assertThat(problem.message()).contains(tag, "BCP 47");
    }

    @Test
    void languagesKeepTheirOrderTheFirstBeingTheDefault() {
      ObjectNode doc = CoreDocs.valid();
      doc.putArray("languages").add("en").add("zh-CN").add("ko");

      Tenant tenant = bind(doc);

      assertThat(tenant.languages())
          .containsExactly(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.KOREAN);
      assertThat(tenant.defaultLanguage()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void currencyMustBeAnIso4217Code() {
      ConfigProblem problem = refused(CoreDocs.valid().put("currency", "RMB"));

      assertThat(problem.field()).isEqualTo("/currency");
      assertThat(problem.message()).contains("'RMB'", "ISO 4217");
    }

    @Test
    void currencyDefaultsToYuan() {
      ObjectNode doc = CoreDocs.valid();
      doc.remove("currency");

      assertThat(bind(doc).currency().getCurrencyCode()).isEqualTo("CNY");
    }

    /**
     * Money refuses a currency without minor unit ({@code money.currency.unsupported}), so a tenant
     * declaring one could never record a loss or a reward.
     */
    @ParameterizedTest
    @ValueSource(strings = {"XXX", "XAU"})
    void currencyMustBeUsableForAmounts(String code) {
      ConfigProblem problem = refused(CoreDocs.valid().put("currency", code));

      assertThat(problem.field()).isEqualTo("/currency");
    }

    @Test
    void coordinateSystemMustBeKnown() {
      ConfigProblem problem = refused(CoreDocs.valid().put("coordinateSystem", "UTM"));

      assertThat(problem.field()).isEqualTo("/coordinateSystem");
      assertThat(problem.message()).contains("UTM");
    }

    @Test
    void aTileSourceIsBoundWithItsCoordinateSystemAndNoneMeansVectorsOnly() {
      assertThat(bind(CoreDocs.valid()).tiles()).isNull();

      ObjectNode doc = CoreDocs.valid();
      doc.putObject("map")
          .putObject("tiles")
          .put("url", "https://t{s}.tiles.example.org/{z}/{x}/{y}.png")
          .put("subdomains", "1234")
          .put("attribution", "© Example tiles")
          .put("coordinateSystem", "GCJ02");
      Tenant.TileSource tiles = bind(doc).tiles();

      assertThat(problems.all()).isEmpty();
      assertThat(tiles.url()).isEqualTo("https://t{s}.tiles.example.org/{z}/{x}/{y}.png");
      assertThat(tiles.subdomains()).isEqualTo("1234");
      assertThat(tiles.attribution()).isEqualTo("© Example tiles");
      assertThat(tiles.coordinateSystem()).isEqualTo(CoordinateSystem.GCJ02);
      assertThat(tiles.maxZoom()).isEqualTo(18);
    }

    @Test
    void coordinateSystemDefaultsToWgs84() {
      ObjectNode doc = CoreDocs.valid();
      doc.remove("coordinateSystem");

      assertThat(bind(doc).documentCoordinates()).isEqualTo(CoordinateSystem.WGS84);
    }
  }

  @Nested
  class Polygons {

    @Test
    void ringMustBeClosed() {
      ObjectNode doc = CoreDocs.valid();
      zone(doc, 1)
          .set("polygon", polygon(100.01, 25.0, 100.02, 25.0, 100.02, 25.01, 100.01, 25.01));

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/zones/1/polygon/coordinates/0");
      assertThat(problem.message()).contains("not closed");
    }

    @Test
    void ringNeedsFourPositions() {
      ObjectNode doc = CoreDocs.valid();
      zone(doc, 0).set("polygon", polygon(100.0, 25.0, 100.01, 25.0, 100.0, 25.0));

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/zones/0/polygon/coordinates/0");
      assertThat(problem.message()).contains("at least 4 positions");
    }

    @Test
    void polygonNeedsARing() {
      ObjectNode doc = CoreDocs.valid();
      ObjectNode empty = CoreDocs.JSON.createObjectNode().put("type", "Polygon");
      empty.putArray("coordinates");
      zone(doc, 0).set("polygon", empty);

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/zones/0/polygon");
      assertThat(problem.message()).contains("at least one ring");
    }

    /** The usual mistake: [latitude, longitude] instead of GeoJSON's [longitude, latitude]. */
    @Test
    void positionsOutOfRangeAreNamedWithTheGeoJsonOrderExplained() {
      ObjectNode doc = CoreDocs.valid();
      zone(doc, 0).set("polygon", polygon(25.0, 100.0, 25.0, 100.01, 25.01, 100.01, 25.0, 100.0));

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/zones/0/polygon/coordinates/0/0");
      assertThat(problem.message()).contains("latitude 100.0", "[longitude, latitude]");
    }

    @Test
    void selfIntersectingRingIsRefused() {
      ObjectNode doc = CoreDocs.valid();
      // a bow tie: the second and fourth edges cross
      zone(doc, 0)
          .set(
              "polygon",
              polygon(100.0, 25.0, 100.01, 25.01, 100.01, 25.0, 100.0, 25.01, 100.0, 25.0));

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/zones/0/polygon");
      assertThat(problem.message()).contains("not valid", "Self-intersection");
    }

    @Test
    void holesAreKeptOutOfTheZone() {
      ObjectNode doc = CoreDocs.valid();
      ObjectNode withHole = square(100.0, 25.0, 0.01);
      ((ArrayNode) withHole.get("coordinates"))
          .add(square(100.004, 25.004, 0.002).get("coordinates").get(0));
      zone(doc, 0).set("polygon", withHole);

      Tenant tenant = bind(doc);

      assertThat(problems.all()).isEmpty();
      Zone west = tenant.geography().zone("west").orElseThrow();
      assertThat(west.contains(GeoPoint.wgs84(25.001, 100.001))).isTrue();
      assertThat(west.contains(GeoPoint.wgs84(25.005, 100.005))).isFalse();
    }
  }

  @Nested
  class ZoneLayout {

    @Test
    void overlappingZonesAreRefused() {
      ObjectNode doc = CoreDocs.valid();
      zone(doc, 1).set("polygon", square(100.005, 25.0, 0.01));

      ConfigProblem problem = refused(doc);

      assertThat(problem.field()).isEqualTo("/zones");
      assertThat(problem.message()).contains("'west'", "'east'", "overlap");
    }

    @Test
    void aZoneInsideAnotherOverlapsIt() {
      ObjectNode doc = CoreDocs.valid();
      ((ArrayNode) doc.get("zones")).add(zoneDoc("old-town", square(100.002, 25.002, 0.001)));

      ConfigProblem problem = refused(doc);

      assertThat(problem.message()).contains("'west'", "'old-town'", "overlap");
    }

    @Test
    void sharingABorderIsFineAndMakesNeighbours() {
      ObjectNode doc = CoreDocs.valid();
      ((ArrayNode) doc.get("zones")).add(zoneDoc("lake", square(100.2, 25.0, 0.01)));

      Tenant tenant = bind(doc);

      assertThat(problems.all()).isEmpty();
      assertThat(tenant.geography().neighboursOf("west")).containsExactly("east");
      assertThat(tenant.geography().neighboursOf("east")).containsExactly("west");
      assertThat(tenant.geography().neighboursOf("lake")).isEmpty();
    }

    @Test
    void pointsFallInTheirZone() {
      Tenant tenant = bind(CoreDocs.valid());

      assertThat(tenant.geography().zoneAt(GeoPoint.wgs84(25.005, 100.005)))
          .map(Zone::code)
          .contains("west");
      assertThat(tenant.geography().zoneAt(GeoPoint.wgs84(25.005, 100.015)))
          .map(Zone::code)
          .contains("east");
      assertThat(tenant.geography().zoneAt(GeoPoint.wgs84(25.02, 100.005))).isEmpty();
    }

    @Test
    void codesMustBeUnique() {
      ObjectNode doc = CoreDocs.valid();
      zone(doc, 1).put("code", "west");
      ((ObjectNode) doc.get("departments").get(1)).put("code", "fire");
      ((ObjectNode) doc.get("officers").get(1)).put("badge", "1001");

      assertThat(bind(doc)).isNull();
      assertThat(problems.all())
          .extracting(ConfigProblem::field, ConfigProblem::message)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("/zones/1/code", "'west' is used twice"),
              org.assertj.core.groups.Tuple.tuple("/departments/1/code", "'fire' is used twice"),
              org.assertj.core.groups.Tuple.tuple(
                  "/officers/1/badge", "badge number '1001' is used twice"));
    }
  }

  @Nested
  class Gcj02Documents {

    private ObjectNode gcj02Doc() {
      ObjectNode doc = CoreDocs.valid().put("coordinateSystem", "GCJ02");
      return doc;
    }

    @Test
    void polygonsAreConvertedToWgs84() {
      Tenant tenant = bind(gcj02Doc());

      assertThat(problems.all()).isEmpty();
      assertThat(tenant.documentCoordinates()).isEqualTo(CoordinateSystem.GCJ02);
      Coordinate first =
          tenant.geography().zone("west").orElseThrow().polygon().getCoordinates()[0];
      double[] wgs = ChinaCoordinates.gcj02ToWgs84(25.00, 100.00);
      assertThat(first.y).isCloseTo(wgs[0], within(1e-12));
      assertThat(first.x).isCloseTo(wgs[1], within(1e-12));
      // the offset is hundreds of metres: a polygon taken as WGS-84 would be visibly wrong
      assertThat(Math.abs(first.x - 100.00) + Math.abs(first.y - 25.00)).isGreaterThan(0.001);
    }

    @Test
    void aPointReadOffAChineseMapFallsInTheZoneDrawnOnThatMap() {
      Tenant tenant = bind(gcj02Doc());

      // Near the north edge of "west" as drawn on the map. Here GCJ-02 lies about 330 m south of
      // WGS-84, so the point is north of the edge in raw numbers: only a converted polygon holds
      // it.
      GeoPoint fromMap = GeoPoint.of(25.0095, 100.005, CoordinateSystem.GCJ02);
      assertThat(fromMap.latitude()).isGreaterThan(25.01);

      assertThat(tenant.geography().zoneAt(fromMap)).map(Zone::code).contains("west");
    }

    @Test
    void sharedBordersStayShared() {
      Tenant tenant = bind(gcj02Doc());

      assertThat(problems.all()).as("no overlap after conversion").isEmpty();
      assertThat(tenant.geography().neighboursOf("west")).containsExactly("east");
    }
  }

  @Test
  void coordinateSystemOfADocumentDefaultsToWgs84() {
    assertThat(CoreTenantBinder.coordinateSystem(null)).isEqualTo(CoordinateSystem.WGS84);
    assertThat(CoreTenantBinder.coordinateSystem(CoreDocs.valid()))
        .isEqualTo(CoordinateSystem.WGS84);
    assertThat(CoreTenantBinder.coordinateSystem(CoreDocs.valid().put("coordinateSystem", "GCJ02")))
        .isEqualTo(CoordinateSystem.GCJ02);
    assertThat(CoreTenantBinder.coordinateSystem(CoreDocs.valid().put("coordinateSystem", "UTM")))
        .isEqualTo(CoordinateSystem.WGS84);
  }
}
