package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.conn.params.ConnRoutePNames;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Json;

/**
 * Rate limits as the deployment runs them: behind a reverse proxy (the test servers trust 127.0.0.1
 * as theirs, tp.rate-limit.trusted-proxies), counted in the database for every server. The limit
 * used is the tip line's, five tips an hour per client: slow enough that nothing refills while a
 * test runs.
 */
class RateLimitsIT {

  private static final String TIPS = "/api/" + LIJIANG + "/informant-rewards/public/tips";
  private static final int LIMIT = 5;

  /** An address of a documentation range, never a real host; no traffic goes there. */
  private static String someAddress(String prefix) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return prefix + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
  }

  private static Response submit(RequestSpecification from, String marker, int i) {
    return from.header("Idempotency-Key", UUID.randomUUID().toString())
        .contentType(ContentType.JSON)
        .body(
            Json.of(
                "category", "touting", "description", "四方街有人拉客去黑店购物 " + marker + " 第" + i + "次"))
        .post(TIPS);
  }

  private static long tipsWith(String marker) {
    return Database.count(
        "select count(*) from ir_tip where tenant_id = ? and description like ?",
        LIJIANG,
        "%" + marker + "%");
  }

  private static void assertLimited(Response r) {
    assertProblem(r, 429, "too-many-requests");
    // one tip comes back every 12 minutes
    assertThat(Integer.parseInt(r.header("Retry-After"))).isBetween(600, 720);
  }

  @Test
  void aForwardedForWrittenByAPeerThatIsNoProxyIsIgnored() throws UnknownHostException {
    // 127.0.0.2 is a loopback address the servers do not trust as a proxy
    String base = Api.baseUrl().replace("localhost", "127.0.0.1");
    String marker = "spoof-" + UUID.randomUUID();
    for (int i = 1; i <= LIMIT + 1; i++) {
      RequestSpecification peer =
          RestAssured.given()
              .config(
                  RestAssuredConfig.config()
                      .httpClient(
                          HttpClientConfig.httpClientConfig()
                              .setParam(
                                  ConnRoutePNames.LOCAL_ADDRESS,
                                  InetAddress.getByName("127.0.0.2"))))
              .baseUri(base)
              .accept(ContentType.JSON)
              // a fresh "client" each time: were it believed, no limit would ever be reached
              .header("X-Forwarded-For", someAddress("203.0."));
      Response r = submit(peer, marker, i);
      if (i <= LIMIT) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      } else {
        assertLimited(r);
      }
    }
    assertThat(tipsWith(marker)).isEqualTo(LIMIT);
  }

  @Test
  void behindATrustedProxyTheAddressItAppendedCounts() {
    String client = someAddress("192.0.");
    String marker = "proxied-" + UUID.randomUUID();
    for (int i = 1; i <= LIMIT + 1; i++) {
      // the left part is the client's own claim, different every time; the proxy appended client
      Response r =
          submit(
              Api.anonymous().header("X-Forwarded-For", someAddress("6.6.") + ", " + client),
              marker,
              i);
      if (i <= LIMIT) {
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
      } else {
        assertLimited(r);
      }
    }
    assertThat(tipsWith(marker)).isEqualTo(LIMIT);
    // another client behind the same proxy has its own limit
    Response other =
        submit(Api.anonymous().header("X-Forwarded-For", someAddress("198.51.")), marker, 99);
    assertThat(other.statusCode()).as(other.asString()).isEqualTo(201);
  }

  /** The second test server: another instance of the app on the same database. */
  private static RequestSpecification secondServer() {
    return RestAssured.given()
        .baseUri(System.getProperty("it.second.base.url"))
        .accept(ContentType.JSON);
  }

  @Test
  void bothServersShareOneLimit() {
    String client = someAddress("198.18.");
    String marker = "cluster-" + UUID.randomUUID();
    for (int i = 1; i <= LIMIT; i++) {
      RequestSpecification server = i % 2 == 0 ? secondServer() : Api.anonymous();
      Response r = submit(server.header("X-Forwarded-For", client), marker, i);
      assertThat(r.statusCode()).as("tip %d: %s", i, r.asString()).isEqualTo(201);
    }
    assertLimited(submit(Api.anonymous().header("X-Forwarded-For", client), marker, 6));
    assertLimited(submit(secondServer().header("X-Forwarded-For", client), marker, 7));
    assertThat(tipsWith(marker)).isEqualTo(LIMIT);
  }
}
