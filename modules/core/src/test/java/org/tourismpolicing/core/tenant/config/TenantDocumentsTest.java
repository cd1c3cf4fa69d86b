package org.tourismpolicing.core.tenant.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class TenantDocumentsTest {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final String TENANT_YAML =
      """
      id: a-town
      names: {zh-CN: 甲镇, en: A Town}
      timeZone: Asia/Shanghai
      languages: [zh-CN, en]
      zones: []
      """;

  private static final String KIOSKS_YAML =
      """
      walking: {speedMetresPerSecond: 1.1, detourFactor: 1.4}
      kiosks: []
      """;

  private static TenantDocuments fromFiles() {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    byName.put("kiosk-registry", YAML.readTree(KIOSKS_YAML));
    byName.put("tenant", YAML.readTree(TENANT_YAML));
    return TenantDocuments.fromFiles(byName, "a-town");
  }

  @Test
  void filesAreLabelledByFileName() {
    TenantDocuments docs = fromFiles();

    assertThat(docs.label("tenant")).isEqualTo("tenant.yaml");
    assertThat(docs.label("kiosk-registry")).isEqualTo("kiosk-registry.yaml");
    assertThat(docs.origin()).isEqualTo("folder a-town");
  }

  @Test
  void combinedDocumentsAreLabelledByPointerIntoTheBody() {
    TenantDocuments docs =
        TenantDocuments.fromCombined(
            JSON.readTree(
                "{\"tenant\": {\"id\": \"a-town\"}, \"modules\": {\"kiosk-registry\": {}}}"),
            "platform API");

    assertThat(docs.all()).containsOnlyKeys("tenant", "kiosk-registry");
    assertThat(docs.label("tenant")).isEqualTo("/tenant");
    assertThat(docs.label("kiosk-registry")).isEqualTo("/modules/kiosk-registry");
    assertThat(docs.origin()).isEqualTo("platform API");
  }

  @Test
  void sameContentGivesTheSameRevisionFromFilesOrFromTheApi() {
    String body =
        """
        {"modules": {"kiosk-registry": {"walking": {"speedMetresPerSecond": 1.1, "detourFactor": 1.4},
                                        "kiosks": []}},
         "tenant": {"id": "a-town", "names": {"zh-CN": "甲镇", "en": "A Town"},
                    "timeZone": "Asia/Shanghai", "languages": ["zh-CN", "en"], "zones": []}}
        """;

    TenantDocuments fromApi = TenantDocuments.fromCombined(JSON.readTree(body), "platform API");

    assertThat(fromApi.revision()).isEqualTo(fromFiles().revision());
    assertThat(fromApi.revision()).hasSize(64).matches("[0-9a-f]{64}");
  }

  @Test
  void anyChangeChangesTheRevision() {
    Map<String, JsonNode> byName = new LinkedHashMap<>(fromFiles().all());
    ObjectNode kiosks = (ObjectNode) byName.get("kiosk-registry").deepCopy();
    ((ObjectNode) kiosks.get("walking")).put("detourFactor", 1.5);
    byName.put("kiosk-registry", kiosks);

    assertThat(TenantDocuments.fromFiles(byName, "a-town").revision())
        .isNotEqualTo(fromFiles().revision());
  }

  @Test
  void combinedFormRoundTrips() {
    TenantDocuments original = fromFiles();

    TenantDocuments back =
        TenantDocuments.fromCombined(JSON.readTree(original.combinedJson()), "stored");

    assertThat(back.all()).isEqualTo(original.all());
    assertThat(back.revision()).isEqualTo(original.revision());
    assertThat(original.combined().get("tenant").get("id").asString()).isEqualTo("a-town");
    assertThat(original.combined().get("modules").propertyNames())
        .containsExactly("kiosk-registry");
  }

  @Test
  void modulesAreCombinedInNameOrder() {
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    byName.put("mediation", JSON.createObjectNode());
    byName.put("tenant", YAML.readTree(TENANT_YAML));
    byName.put("blacklist", JSON.createObjectNode());

    ObjectNode combined = TenantDocuments.fromFiles(byName, "a-town").combined();

    assertThat(combined.get("modules").propertyNames()).containsExactly("blacklist", "mediation");
  }

  /**
   * JSON objects are unordered and Jackson's nodes compare equal whatever their member order, so a
   * client that sends the same documents with members in another order sends equal documents.
   */
  @Test
  void memberOrderDoesNotChangeTheRevision() {
    JsonNode a = JSON.readTree("{\"tenant\": {\"id\": \"a-town\", \"timeZone\": \"UTC\"}}");
    JsonNode b = JSON.readTree("{\"tenant\": {\"timeZone\": \"UTC\", \"id\": \"a-town\"}}");
    assertThat(a).isEqualTo(b);

    assertThat(TenantDocuments.fromCombined(a, "x").revision())
        .isEqualTo(TenantDocuments.fromCombined(b, "x").revision());
  }

  @Test
  void nothingCombinedIsNoDocuments() {
    assertThat(TenantDocuments.fromCombined(null, "x").all()).isEmpty();
    assertThat(TenantDocuments.fromCombined(JSON.readTree("{\"modules\": [1, 2]}"), "x").all())
        .isEmpty();
    assertThat(TenantDocuments.fromCombined(null, "x").document("tenant")).isEmpty();
  }
}
