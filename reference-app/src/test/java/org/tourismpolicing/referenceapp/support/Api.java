package org.tourismpolicing.referenceapp.support;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

/** REST calls against the server under test, whose base URL the build passes in. */
public final class Api {

  /** Decimals in answers are read as doubles, never floats. */
  private static final RestAssuredConfig CONFIG =
      RestAssuredConfig.config()
          .jsonConfig(
              JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

  private Api() {}

  public static String baseUrl() {
    String url = System.getProperty("it.base.url");
    if (url == null) {
      throw new IllegalStateException("it.base.url is not set: run through Maven (mvnw verify)");
    }
    return url;
  }

  /** A request without a token. */
  public static RequestSpecification anonymous() {
    return RestAssured.given()
        .spec(
            new RequestSpecBuilder()
                .setBaseUri(baseUrl())
                .setConfig(CONFIG)
                .setAccept(ContentType.JSON)
                .addFilter(Calls.filter())
                .build());
  }

  /**
   * A request with {@code token} to the second server of the integration tests: another instance of
   * the reference app on the same MariaDB.
   */
  public static RequestSpecification onSecondServer(String token) {
    String url = System.getProperty("it.second.base.url");
    if (url == null) {
      throw new IllegalStateException("it.second.base.url is not set: run through Maven");
    }
    return RestAssured.given()
        .spec(
            new RequestSpecBuilder()
                .setBaseUri(url)
                .setConfig(CONFIG)
                .setAccept(ContentType.JSON)
                .build())
        .header("Authorization", "Bearer " + token);
  }

  /** A request with {@code token} as bearer. */
  public static RequestSpecification as(String token) {
    return anonymous().header("Authorization", "Bearer " + token);
  }
}
