package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;
import static org.tourismpolicing.referenceapp.support.Fixtures.createKiosk;
import static org.tourismpolicing.referenceapp.support.Fixtures.kioskPath;
import static org.tourismpolicing.referenceapp.support.Fixtures.kiosksPath;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Http;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Rows;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * Who may call what. Every operation of the reference app is tried without a token (401), with
 * tokens the server must not trust (another key, another issuer, expired: 401), with every role it
 * does not allow (403) and with a token for another tenant (403), each with a body that would be
 * accepted otherwise; then the database proves that none of these refused requests wrote anything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

  private static final String TA = Roles.TENANT_ADMIN;
  private static final String SL = Roles.STATION_LEADER;
  private static final String DI = Roles.DISPATCHER;
  private static final String OF = Roles.OFFICER;
  private static final String PA = Roles.PLATFORM_ADMIN;
  private static final String IN = Roles.INTEGRATION;
  private static final String IH = Roles.INFORMANT_HANDLER;
  private static final String RA = Roles.REWARD_APPROVER;
  private static final String INF = Roles.INFORMANT;
  private static final String PD = Roles.PARTNER_DEPARTMENT;
  private static final String ME = Roles.MEDIATOR;

  /** An id no row has: operations on it are reached, then answer 404. */
  private static final String NO_SUCH = "00000000-0000-7000-8000-000000000000";

  private static String kiosk;
  private static String date;
  private static String newTenant;

  /** One operation: method, path, a body it would accept, and the roles it allows. */
  record Operation(
      String name,
      String method,
      String path,
      Supplier<String> body,
      Set<String> allowed,
      boolean tenantScoped) {

    Http.Answer call(String token) {
      return Http.send(method, path, token, body == null ? null : body.get());
    }

    Http.Answer callWithAuthorization(String authorization) {
      var request = Http.request(path, null).header("Authorization", authorization);
      if (body == null) {
        request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", "application/json")
            .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body.get()));
      }
      return Http.send(request.build());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void aKioskToAimAt() {
    kiosk = createKiosk(DALI, "security");
    date = Fixtures.freshDate().toString();
    newTenant = TenantDocs.newTenantId("security");
  }

  @AfterAll
  static void releaseTheClockAndForgetTheOnboardedTenant() {
    TenantDocs.forget(newTenant);
    Api.as(Tokens.platformAdmin())
        .contentType("application/json")
        .body("{\"fixedAt\": null}")
        .put("/api/platform/clock");
  }

  private static Operation op(
      String name, String method, String path, Supplier<String> body, String... allowed) {
    return new Operation(
        name, method, path, body, Set.of(allowed), !path.startsWith("/api/platform"));
  }

  static List<Operation> operations() {
    String k = kioskPath(DALI, kiosk);
    String walkIns = "/api/" + DALI + "/kiosk-registry/walk-ins";
    String dispatch = "/api/" + DALI + "/dispatch";
    String ir = "/api/" + DALI + "/informant-rewards";
    String bl = "/api/" + DALI + "/blacklist";
    String entry = bl + "/entries/" + NO_SUCH;
    return List.of(
        op("list blacklist entries", "GET", bl + "/entries", null, SL, OF, TA, PD),
        op(
            "propose blacklist entry",
            "POST",
            bl + "/entries",
            () ->
                Json.of(
                    "kind",
                    "business",
                    "name",
                    "安全测试客栈",
                    "category",
                    "touting",
                    "reason",
                    "security matrix",
                    "departments",
                    List.of("market-regulation")),
            OF,
            SL,
            PD),
        op("get blacklist entry", "GET", entry, null, SL, OF, TA, PD),
        op("sign off blacklist entry", "POST", entry + "/sign-off", null, SL, PD),
        op(
            "revoke blacklist entry",
            "POST",
            entry + "/revoke",
            () -> Json.of("reason", "x"),
            SL,
            PD),
        op(
            "credit-repair blacklist entry",
            "POST",
            entry + "/credit-repair",
            () -> Json.of("reason", "x"),
            SL,
            PD),
        op("list blacklist evidence", "GET", entry + "/evidence", null, SL, OF, TA, PD),
        op(
            "reference blacklist evidence",
            "POST",
            entry + "/evidence/references",
            () -> Json.of("kind", "incident", "id", NO_SUCH),
            OF,
            SL,
            PD),
        op(
            "download blacklist evidence",
            "GET",
            entry + "/evidence/documents/" + NO_SUCH,
            null,
            SL,
            OF,
            TA,
            PD),
        op("list blacklist appeals", "GET", entry + "/appeals", null, SL, OF, TA, PD),
        op(
            "receive blacklist appeal",
            "POST",
            entry + "/appeals",
            () -> Json.of("appellant", "x", "grounds", "y"),
            OF,
            SL,
            PD),
        op("get blacklist appeal", "GET", bl + "/appeals/" + NO_SUCH, null, SL, OF, TA, PD),
        op("review blacklist appeal", "POST", bl + "/appeals/" + NO_SUCH + "/review", null, SL, PD),
        op(
            "decide blacklist appeal",
            "POST",
            bl + "/appeals/" + NO_SUCH + "/decision",
            () -> Json.of("outcome", "upheld", "note", "x"),
            SL,
            PD),
        op(
            "blacklist screening",
            "POST",
            bl + "/screening",
            () -> Json.of("name", "某某客栈"),
            OF,
            SL,
            DI,
            ME,
            PD,
            IN,
            TA),
        op(
            "blacklist batch screening",
            "POST",
            bl + "/screening/batch",
            () -> Json.of("queries", List.of(Json.map("name", "某某客栈"))),
            OF,
            SL,
            DI,
            ME,
            PD,
            IN,
            TA),
        op(
            "subscribe blacklist watch",
            "POST",
            bl + "/watches",
            () -> Json.of("name", "安全测试客栈", "callbackUrl", "https://127.0.0.1:9/hooks/it"),
            IN,
            TA),
        op("list blacklist watches", "GET", bl + "/watches", null, IN, TA),
        op("cancel blacklist watch", "DELETE", bl + "/watches/" + NO_SUCH, null, IN, TA),
        op(
            "blacklist webhook deliveries",
            "GET",
            bl + "/watches/" + NO_SUCH + "/deliveries",
            null,
            IN,
            TA),
        op(
            "publish to shared list",
            "PUT",
            bl + "/shared-lists/yunnan-tourism/entries/" + NO_SUCH,
            null,
            SL,
            TA),
        op(
            "withdraw from shared list",
            "DELETE",
            bl + "/shared-lists/yunnan-tourism/entries/" + NO_SUCH,
            null,
            SL,
            TA),
        op("list kiosks", "GET", kiosksPath(DALI), null, TA, SL, DI, OF),
        op(
            "register kiosk",
            "POST",
            kiosksPath(DALI),
            () -> Json.write(Fixtures.newKiosk(Fixtures.code("sec"), Fixtures.DALI_SOUTH)),
            TA,
            SL),
        op("get kiosk", "GET", k, null, TA, SL, DI, OF),
        op(
            "update kiosk",
            "PUT",
            k,
            () ->
                Json.of(
                    "version",
                    Fixtures.version(DALI, kiosk),
                    "type",
                    "kiosk",
                    "names",
                    Json.map("en", "Taken over"),
                    "position",
                    Json.map("lat", 25.69, "lon", 100.16),
                    "openingHours",
                    Fixtures.DAY_HOURS),
            TA,
            SL),
        op(
            "change status",
            "PUT",
            k + "/status",
            () ->
                Json.of(
                    "version",
                    Fixtures.version(DALI, kiosk),
                    "status",
                    "closed",
                    "reason",
                    "taken"),
            TA,
            SL,
            OF),
        op("set stock", "PUT", k + "/amenities/umbrella", () -> Json.of("stock", 99), TA, SL, OF),
        op(
            "adjust stock",
            "POST",
            k + "/amenities/umbrella/adjustments",
            () -> Json.of("delta", -1),
            TA,
            SL,
            OF),
        op("get duty", "GET", k + "/duty", null, TA, SL, DI, OF),
        op(
            "assign duty",
            "PUT",
            k + "/duty/" + date + "/day",
            () -> Json.of("badges", List.of("531109")),
            TA,
            SL),
        op(
            "log walk-in",
            "POST",
            k + "/walk-ins",
            () -> Json.write(Fixtures.walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z")),
            TA,
            SL,
            OF,
            DI),
        op("list walk-ins", "GET", walkIns, null, TA, SL, OF, DI),
        op(
            "get walk-in",
            "GET",
            walkIns + "/00000000-0000-7000-8000-000000000000",
            null,
            TA,
            SL,
            OF,
            DI),
        op("daily counts", "GET", walkIns + "/daily-counts", null, TA, SL, DI),
        op("list incidents", "GET", dispatch + "/incidents", null, DI, SL, TA, OF),
        op(
            "receive incident",
            "POST",
            dispatch + "/incidents",
            () ->
                Json.of(
                    "source",
                    "duty-room",
                    "category",
                    "lost-property",
                    "position",
                    Json.map("lat", 25.6890, "lon", 100.1630)),
            DI,
            OF),
        op(
            "110 hand-over",
            "POST",
            dispatch + "/intake/110",
            () ->
                Json.of(
                    "externalNumber",
                    "110-sec-" + Fixtures.random(8),
                    "category",
                    "lost-property",
                    "position",
                    Json.map("lat", 25.6890, "lon", 100.1630)),
            IN),
        op("get incident", "GET", dispatch + "/incidents/" + NO_SUCH, null, DI, SL, TA, OF),
        op(
            "recommend units",
            "GET",
            dispatch + "/incidents/" + NO_SUCH + "/recommendations",
            null,
            DI),
        op(
            "assign unit",
            "POST",
            dispatch + "/incidents/" + NO_SUCH + "/assignments",
            () -> Json.of("unitId", NO_SUCH),
            DI),
        op(
            "release unit",
            "POST",
            dispatch + "/incidents/" + NO_SUCH + "/assignments/" + NO_SUCH + "/release",
            () -> Json.of("reason", "needed elsewhere"),
            DI),
        op(
            "cancel incident",
            "POST",
            dispatch + "/incidents/" + NO_SUCH + "/cancel",
            () -> Json.of("reason", "hoax"),
            DI),
        op(
            "record outcome",
            "PUT",
            dispatch + "/incidents/" + NO_SUCH + "/outcome",
            () -> Json.of("peopleHelped", 1, "peopleRescued", 0, "dispute", "none", "version", 0),
            DI,
            OF),
        op("list units", "GET", dispatch + "/units", null, DI, SL, TA, OF),
        op(
            "register unit",
            "POST",
            dispatch + "/units",
            () -> Json.of("callSign", Fixtures.code("sec"), "mode", "foot", "homeZone", "south"),
            TA,
            DI),
        op("get unit", "GET", dispatch + "/units/" + NO_SUCH, null, DI, SL, TA, OF),
        op(
            "change unit",
            "PUT",
            dispatch + "/units/" + NO_SUCH,
            () -> Json.of("mode", "car", "homeZone", "south", "version", 0),
            TA,
            DI),
        op(
            "report unit state",
            "POST",
            dispatch + "/units/" + NO_SUCH + "/state",
            () -> Json.of("state", "patrolling"),
            DI,
            OF),
        op(
            "report a position",
            "POST",
            dispatch + "/units/" + NO_SUCH + "/positions",
            () -> Json.of("position", Json.map("lat", 25.69, "lon", 100.16)),
            DI,
            OF,
            IN),
        op(
            "report positions",
            "POST",
            dispatch + "/positions",
            () ->
                Json.of(
                    "positions",
                    List.of(
                        Json.map(
                            "unitId", NO_SUCH, "position", Json.map("lat", 25.69, "lon", 100.16)))),
            DI,
            IN),
        op(
            "save patrol plan",
            "PUT",
            dispatch + "/patrol-plans/" + Fixtures.code("sec"),
            () ->
                Json.of(
                    "names",
                    Json.map("en", "Plan"),
                    "startsOn",
                    "2026-10-01",
                    "endsOn",
                    "2026-10-02",
                    "groups",
                    List.of(
                        Json.map(
                            "code",
                            "day",
                            "name",
                            "Day",
                            "shiftStart",
                            "08:00",
                            "shiftEnd",
                            "16:00",
                            "zone",
                            "south",
                            "units",
                            List.of()))),
            SL,
            DI),
        op("list patrol plans", "GET", dispatch + "/patrol-plans", null, SL, DI, OF, TA),
        op(
            "get patrol plan",
            "GET",
            dispatch + "/patrol-plans/by-id/" + NO_SUCH,
            null,
            SL,
            DI,
            OF,
            TA),
        op("delete patrol plan", "DELETE", dispatch + "/patrol-plans/by-id/" + NO_SUCH, null, SL),
        op("groups on shift", "GET", dispatch + "/patrol-plans/on-shift", null, SL, DI, OF),
        op("coverage", "GET", dispatch + "/coverage", null, SL, DI),
        op("dispatch board", "GET", dispatch + "/board", null, DI, SL),
        op("dispatch statistics", "GET", dispatch + "/statistics", null, SL, TA),
        op("list tips", "GET", ir + "/tips", null, IH, RA, OF, SL),
        op("get tip", "GET", ir + "/tips/" + NO_SUCH, null, IH, RA, OF, SL),
        op(
            "tip step",
            "POST",
            ir + "/tips/" + NO_SUCH + "/steps",
            () -> Json.of("step", "start-review", "version", 1),
            IH,
            OF),
        op(
            "write to informant",
            "POST",
            ir + "/tips/" + NO_SUCH + "/messages",
            () -> Json.of("body", "thank you"),
            IH),
        op("tip photo", "GET", ir + "/tips/" + NO_SUCH + "/photos/" + NO_SUCH, null, IH, OF, SL),
        op(
            "police action on tip",
            "POST",
            ir + "/tips/" + NO_SUCH + "/police-action",
            () -> Json.of("summary", "please check"),
            IH),
        op(
            "propose listing from tip",
            "POST",
            ir + "/tips/" + NO_SUCH + "/listing-proposal",
            () -> Json.of("businessName", "Inn", "summary", "unlicensed"),
            IH),
        op(
            "propose reward",
            "POST",
            ir + "/tips/" + NO_SUCH + "/reward",
            () -> Json.of("amountFen", 5000),
            IH),
        op("get reward", "GET", ir + "/rewards/" + NO_SUCH, null, IH, RA, SL),
        op(
            "approve reward",
            "POST",
            ir + "/rewards/" + NO_SUCH + "/approval",
            () -> Json.of("version", 1),
            RA),
        op(
            "pay reward",
            "POST",
            ir + "/rewards/" + NO_SUCH + "/payment",
            () -> Json.of("method", "cash", "receiptCode", "0000-0000-0000-0000"),
            IH),
        op("reward ledger", "GET", ir + "/rewards/ledger", null, IH, RA, SL),
        op("list informants", "GET", ir + "/informants", null, IH, SL),
        op(
            "unseal informant",
            "POST",
            ir + "/informants/" + NO_SUCH + "/unseal",
            () -> Json.of("reason", "verify before paying the reward"),
            IH),
        op("rotate identity keys", "POST", ir + "/informants/key-rotation", null, TA),
        op("informant statistics", "GET", ir + "/statistics", null, SL, IH, RA, TA),
        op("my tips", "GET", ir + "/me/tips", null, INF),
        op("my tip", "GET", ir + "/me/tips/" + NO_SUCH, null, INF),
        op(
            "write about my tip",
            "POST",
            ir + "/me/tips/" + NO_SUCH + "/messages",
            () -> Json.of("body", "still there"),
            INF),
        op("audit records", "GET", "/api/" + DALI + "/audit/records", null, TA, SL, PA),
        op("audit verification", "GET", "/api/" + DALI + "/audit/verification", null, TA, PA),
        op("dead letters", "GET", "/api/" + DALI + "/outbox/dead-letters", null, TA),
        op(
            "retry dead letter",
            "POST",
            "/api/" + DALI + "/outbox/dead-letters/" + NO_SUCH + "/retry",
            null,
            TA),
        op("officers", "GET", "/api/" + DALI + "/officers", null, TA, SL, DI, OF, PA),
        op("list tenants", "GET", "/api/platform/tenants", null, PA),
        op("tenant documents", "GET", "/api/platform/tenants/" + DALI, null, PA),
        op(
            "onboard tenant",
            "PUT",
            TenantDocs.path(newTenant),
            () -> TenantDocs.daliAs(newTenant).firstKiosks(1).combined(),
            PA),
        op("read clock", "GET", "/api/platform/clock", null, PA),
        op(
            "move clock",
            "PUT",
            "/api/platform/clock",
            () -> Json.of("fixedAt", "2020-01-01T00:00:00Z"),
            PA));
  }

  static Stream<Operation> tenantOperations() {
    return operations().stream().filter(Operation::tenantScoped);
  }

  private static void assertUnauthenticated(Http.Answer r) {
    assertProblem(r, 401, "unauthenticated");
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
  }

  private static void assertNothingWritten(Rows dali, Rows lijiang) {
    dali.assertUnchanged();
    lijiang.assertUnchanged();
    Rows.assertNothingStored(newTenant);
    assertThat(
            Api.as(Tokens.platformAdmin()).get("/api/platform/clock").jsonPath().getString("now"))
        .doesNotStartWith("2020");
  }

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void withoutATokenIsUnauthenticated(Operation op) {
    Rows dali = Rows.of(DALI);
    Rows lijiang = Rows.of(LIJIANG);

    assertUnauthenticated(op.call(null));

    assertNothingWritten(dali, lijiang);
  }

  @Order(2)
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void untrustedTokensAreUnauthenticated(Operation op) {
    Rows dali = Rows.of(DALI);
    Rows lijiang = Rows.of(LIJIANG);
    String role = op.allowed().iterator().next();

    assertUnauthenticated(op.call(Tokens.forgedToken("it-forger", DALI, role)));
    assertUnauthenticated(op.call(Tokens.wrongIssuerToken("it-forger", DALI, role)));
    assertUnauthenticated(op.call(Tokens.expiredToken("it-forger", DALI, role)));
    assertUnauthenticated(op.call("not-a-jwt"));
    assertUnauthenticated(op.callWithAuthorization("Basic aXQ6aXQ="));

    assertNothingWritten(dali, lijiang);
  }

  @Order(3)
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyRoleTheOperationDoesNotAllowIsForbidden(Operation op) {
    Rows dali = Rows.of(DALI);
    Rows lijiang = Rows.of(LIJIANG);
    List<String> refused = new ArrayList<>();

    for (String role : Roles.ALL) {
      if (op.allowed().contains(role)) {
        continue;
      }
      Http.Answer r = op.call(Tokens.token("it-" + role, DALI, role));
      assertProblem(r, 403, "forbidden");
      refused.add(role);
    }
    assertProblem(op.call(Tokens.token("it-nobody", DALI)), 403, "forbidden");

    assertThat(refused).isNotEmpty();
    assertNothingWritten(dali, lijiang);
  }

  @Order(4)
  @ParameterizedTest(name = "{0}")
  @MethodSource("tenantOperations")
  void aTokenForAnotherTenantIsNotEntitled(Operation op) {
    Rows dali = Rows.of(DALI);
    Rows lijiang = Rows.of(LIJIANG);
    Set<String> tenantRoles = new java.util.HashSet<>(op.allowed());
    tenantRoles.remove(PA);

    for (String role : tenantRoles) {
      assertProblem(op.call(Tokens.token("it-" + role, LIJIANG, role)), 403, "tenant-not-entitled");
      assertProblem(
          op.call(Tokens.token("it-" + role, List.of(), role)), 403, "tenant-not-entitled");
    }

    assertNothingWritten(dali, lijiang);
  }

  @Order(5)
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void anAllowedRolePasses(Operation op) {
    for (String role : op.allowed()) {
      List<String> tenants = role.equals(PA) ? List.of() : List.of(DALI);
      Http.Answer r = op.call(Tokens.token("it-" + role, tenants, role));
      assertThat(r.status()).as("%s as %s: %s", op, role, r.body()).isNotIn(401, 403, 405);
      if (r.status() == 404) {
        // the operation was reached and looked for its subject (the walk-in id is made up)
        assertThat(Json.parse(r.body()).path("code").asString())
            .as(r.body())
            .isEqualTo("not-found.detail");
      }
    }
  }

  @Order(6)
  @Test
  void aTokenEntitledToSeveralTenantsActsInEach() {
    String token = Tokens.token("it-regional", List.of(DALI, LIJIANG), SL);
    assertThat(Api.as(token).get(kiosksPath(DALI)).statusCode()).isEqualTo(200);
    assertThat(Api.as(token).get(kiosksPath(LIJIANG)).statusCode()).isEqualTo(200);
    assertProblem(
        Api.as(token).get(kiosksPath(TenantDocs.newTenantId("elsewhere"))),
        404,
        "tenant-not-found");
  }

  @Order(7)
  @Test
  void anUnknownTenantIsNotFoundBeforeAnythingElse() {
    String unknown = TenantDocs.newTenantId("unknown");
    for (RequestSpecification request :
        List.of(
            Api.anonymous(),
            Api.as(Tokens.token("it-leader", unknown, SL)),
            Api.as(Tokens.platformAdmin()))) {
      assertProblem(request.get(kiosksPath(unknown)), 404, "tenant-not-found");
    }
    assertProblem(Api.anonymous().get(kiosksPath("Not_A_Tenant")), 404, "tenant-not-found");
  }

  @Order(8)
  @Test
  void aPlatformAdminIsEntitledToEveryTenantButOnlyToItsOwnOperations() {
    assertThat(
            Api.as(Tokens.platformAdmin())
                .get("/api/" + LIJIANG + "/audit/verification")
                .statusCode())
        .isEqualTo(200);
    assertProblem(Api.as(Tokens.platformAdmin()).get(kiosksPath(DALI)), 403, "forbidden");
  }
}
