package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI_SOUTH;
import static org.tourismpolicing.referenceapp.support.Fixtures.code;
import static org.tourismpolicing.referenceapp.support.Fixtures.leader;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.client.ApiClient;
import org.tourismpolicing.referenceapp.client.ApiException;
import org.tourismpolicing.referenceapp.client.api.KioskRegistryApi;
import org.tourismpolicing.referenceapp.client.api.KioskRegistryPublicApi;
import org.tourismpolicing.referenceapp.client.model.AmenityView;
import org.tourismpolicing.referenceapp.client.model.KioskView;
import org.tourismpolicing.referenceapp.client.model.NewKiosk;
import org.tourismpolicing.referenceapp.client.model.PositionInput2;
import org.tourismpolicing.referenceapp.client.model.PublicKioskView;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Json;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is good enough to generate a working client: the build generates a Java
 * client from docs/openapi.json (OpenAPI Generator, reference-app's pom) and this test calls the
 * running server through it only, with the operation names the document gives (operationId).
 */
class GeneratedClientIT {

  private static ApiClient client(String token) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(Api.baseUrl());
    if (token != null) {
      client.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
    }
    return client;
  }

  /** A position in Dali's south zone, a few metres off any other test's kiosk. */
  private static PositionInput2 somewhereInTheSouthZone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new PositionInput2()
        .lat(DALI_SOUTH[0] + random.nextDouble(0.0001, 0.0009))
        .lon(DALI_SOUTH[1] + random.nextDouble(0.0001, 0.0009));
  }

  @Test
  void aSignedInLeaderRegistersAKioskThatATouristThenFindsAsTheNearestOpenOne() throws Exception {
    String code = code("generated");
    PositionInput2 at = somewhereInTheSouthZone();
    Map<String, Integer> amenities = new LinkedHashMap<>();
    amenities.put("umbrella", 20);
    amenities.put("phone-charging", null); // an uncounted service, as the schema allows
    NewKiosk body =
        new NewKiosk()
            .code(code)
            .type(NewKiosk.TypeEnum.KIOSK)
            .names(Map.of("zh-CN", "生成客户端警务亭", "en", "Generated client kiosk"))
            .position(at)
            .openingHours("24/7")
            .phone("0872-2671110")
            .amenities(amenities);

    KioskView created =
        new KioskRegistryApi(client(leader(DALI)))
            .postKioskRegistryKiosks(DALI, body, "generated-" + code);

    assertThat(created.getCode()).isEqualTo(code);
    assertThat(created.getId()).isNotBlank();
    assertThat(created.getOpenNow()).isTrue();
    assertThat(created.getAmenities())
        .extracting(AmenityView::getKind, AmenityView::getStock)
        .containsExactlyInAnyOrder(tuple("umbrella", 20), tuple("phone-charging", null));
    // read back without the generated client: the server holds what the client sent
    JsonNode stored =
        Json.parse(
            Api.as(leader(DALI))
                .get("/api/" + DALI + "/kiosk-registry/kiosks/" + created.getId())
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(stored.get("code").asString()).isEqualTo(code);
    assertThat(stored.get("openingHours").asString()).isEqualTo("24/7");

    // a tourist, without a token, standing at the kiosk (public operation, security: [])
    List<PublicKioskView> nearest =
        new KioskRegistryPublicApi(client(null))
            .getKioskRegistryPublicKiosksNearest(
                DALI, "umbrella", null, at.getLat(), 3, at.getLon());

    assertThat(nearest).isNotEmpty();
    assertThat(nearest.get(0).getCode()).isEqualTo(code);
    assertThat(nearest.get(0).getDistanceMetres()).isLessThanOrEqualTo(1L);
    assertThat(nearest.get(0).getNames()).containsEntry("en", "Generated client kiosk");
  }

  @Test
  void aProblemAnswerSurfacesAsTheClientsExceptionWithStatus400() {
    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () ->
                new KioskRegistryPublicApi(client(null))
                    .getKioskRegistryPublicKiosksNearest(DALI, null, null, 125.0, 3, 100.16));

    assertThat(refused).isNotNull();
    assertThat(refused.getCode()).isEqualTo(400);
    assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = Json.parse(refused.getResponseBody());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("type").asString()).isEqualTo("urn:tourism-policing:problem:validation");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("lat");
  }

  @Test
  void aProtectedOperationWithoutATokenSurfacesAs401() {
    ApiException refused =
        catchThrowableOfType(
            ApiException.class,
            () -> new KioskRegistryApi(client(null)).getKioskRegistryKiosksById("any", DALI));

    assertThat(refused).isNotNull();
    assertThat(refused.getCode()).isEqualTo(401);
  }
}
