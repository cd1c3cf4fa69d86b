package org.tourismpolicing.core.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tourismpolicing.core.tenant.config.CoreDocs.CORE_SCHEMA;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class DocumentSchemasTest {

  private static List<ConfigProblem> check(JsonNode doc, String label) {
    ConfigProblems problems = ConfigProblems.forDocument(label);
    DocumentSchemas.check(DocumentSchemasTest.class, CORE_SCHEMA, doc, problems);
    return problems.all();
  }

  private static List<ConfigProblem> check(JsonNode doc) {
    return check(doc, "tenant.yaml");
  }

  @Test
  void validDocumentHasNoProblems() {
    assertThat(check(CoreDocs.valid())).isEmpty();
  }

  @Test
  void missingRequiredFieldIsReportedOnItsObject() {
    ObjectNode doc = CoreDocs.valid();
    doc.remove("timeZone");

    assertThat(check(doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("tenant.yaml");
              assertThat(p.field()).isEmpty();
              assertThat(p.message()).contains("timeZone", "required");
            });
  }

  @Test
  void missingRequiredFieldOfAnArrayItemIsReportedOnTheItem() {
    ObjectNode doc = CoreDocs.valid();
    ((ObjectNode) doc.get("zones").get(1)).remove("polygon");

    assertThat(check(doc))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("/zones/1");
              assertThat(p.message()).contains("polygon");
            });
  }

  @Test
  void unknownFieldsAreRefusedEverywhere() {
    ObjectNode doc = CoreDocs.valid().put("timezone", "Asia/Shanghai");
    ((ObjectNode) doc.get("officers").get(0)).put("rank", "sergeant");

    assertThat(check(doc))
        .hasSize(2)
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEmpty();
              assertThat(p.message()).contains("'timezone'");
            })
        .anySatisfy(
            p -> {
              assertThat(p.field()).isEqualTo("/officers/0");
              assertThat(p.message()).contains("'rank'");
            });
  }

  @Test
  void patternMismatchIsReportedAtTheField() {
    ObjectNode doc = CoreDocs.valid().put("id", "Dali Gucheng");
    ((ObjectNode) doc.get("officers").get(1)).put("badge", "12");

    assertThat(check(doc))
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder("/id", "/officers/1/badge");
    assertThat(check(doc)).allSatisfy(p -> assertThat(p.message()).contains("pattern"));
  }

  @Test
  void wrongTypesAndEnumsAreReported() {
    ObjectNode doc = CoreDocs.valid().put("languages", "zh-CN").put("coordinateSystem", "BD09");
    ((ObjectNode) doc.get("departments").get(0)).put("kind", "army");

    assertThat(check(doc))
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder("/languages", "/coordinateSystem", "/departments/0/kind");
  }

  @Test
  void aTileSourceNeedsATemplateAttributionAndAKnownCoordinateSystem() {
    ObjectNode good = CoreDocs.valid();
    good.putObject("map")
        .putObject("tiles")
        .put("url", "https://tiles.example.org/{z}/{x}/{y}.png")
        .put("attribution", "© Example")
        .put("coordinateSystem", "WGS84")
        .put("maxZoom", 19);
    assertThat(check(good)).isEmpty();

    ObjectNode bad = CoreDocs.valid();
    bad.putObject("map")
        .putObject("tiles")
        .put("url", "https://tiles.example.org/tile.png")
        .put("attribution", "© Example")
        .put("coordinateSystem", "BD09");
    assertThat(check(bad))
        .extracting(ConfigProblem::field)
        .containsExactlyInAnyOrder("/map/tiles/url", "/map/tiles/coordinateSystem");
  }

  @Test
  void problemsCarryTheLabelOfTheDocument() {
    ObjectNode doc = CoreDocs.valid().put("currency", "cny");

    assertThat(check(doc, "/tenant"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.document()).isEqualTo("/tenant");
              assertThat(p.field()).isEqualTo("/currency");
              assertThat(p).hasToString("/tenant /currency: " + p.message());
            });
  }

  /**
   * Field names are JSON pointers (RFC 6901): a "/" or "~" inside a member name must be escaped as
   * "~1" or "~0", or the pointer names a different place.
   */
  @Test
  void pointersEscapeSlashAndTildeInMemberNames() {
    ObjectNode doc = CoreDocs.valid();
    ((ObjectNode) doc.get("names")).put("zh/CN", "").put("a~b", "");

    assertThat(check(doc))
        .extracting(ConfigProblem::field)
        .contains("/names/zh~1CN", "/names/a~0b")
        .doesNotContain("/names/zh/CN");
  }

  @Test
  void aSchemaThatIsNotOnTheClassPathIsAnError() {
    assertThatThrownBy(
            () ->
                DocumentSchemas.check(
                    DocumentSchemasTest.class,
                    "META-INF/tenant-config/nothing.schema.json",
                    CoreDocs.valid(),
                    ConfigProblems.forDocument("x")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("nothing.schema.json");
  }
}
