package org.tourismpolicing.referenceapp;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;

/**
 * The README's run, end to end: the embedded database, development mode, both sample tenants. A new
 * user gets a demo token in one call and uses it.
 */
class EmbeddedSmokeIT {

  @Test
  void readinessReportsDatabaseAndTenants() {
    Api.anonymous()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "tenant-config"));
  }

  @Test
  void demoTokenOpensAStaffEndpoint() {
    String token =
        Api.anonymous()
            .queryParam("tenant", "dali-gucheng")
            .queryParam("role", "station-leader")
            .get("/api/dev/tokens")
            .then()
            .statusCode(200)
            .extract()
            .path("token");
    Api.as(token)
        .get("/api/dali-gucheng/kiosk-registry/kiosks")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(8))
        .body("items.code", hasItems("south-gate", "three-pagodas"));
    Api.as(token)
        .queryParam("code", "south-gate")
        .get("/api/dali-gucheng/kiosk-registry/kiosks")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("items[0].code", equalTo("south-gate"))
        .body("items[0].zone", equalTo("south"));
  }

  @Test
  void bothSampleTenantsAreServed() {
    Api.anonymous()
        .get("/api/dali-gucheng/zones")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2));
    Api.anonymous()
        .get("/api/lijiang-gucheng/tenant")
        .then()
        .statusCode(200)
        .body("timeZone", equalTo("Asia/Shanghai"))
        .body("languages", hasItems("zh-CN", "en", "ko"));
  }

  @Test
  void openApiDocumentAndUiAreServed() {
    Api.anonymous()
        .accept("application/json")
        .get("/openapi")
        .then()
        .statusCode(200)
        .body("paths.size()", greaterThan(10));
    Api.anonymous().accept("text/html").get("/openapi/ui/").then().statusCode(200);
  }

  @Test
  void aProblemIsAnsweredInTheCallersLanguage() {
    Api.anonymous()
        .header("Accept-Language", "en")
        .get("/api/dali-gucheng/kiosk-registry/public/kiosks/nearest?lat=125&lon=100.16")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("lat"))
        .body("errors[0].message", containsString("Latitude"));
  }
}
