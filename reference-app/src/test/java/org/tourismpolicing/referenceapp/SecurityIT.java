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

  /** Stands in a path for a code made fresh at each call. */
  private static final String FRESH = "{fresh}";

  /** An id no row has: operations on it are reached, then answer 404. */
  private static final String NO_SUCH = "00000000-0000-7000-8000-000000000000";

  /**
   * A well-formed agreement verification code no agreement has: sixteen zeros, whose ISO 7064 MOD
   * 37-2 check character is worked out by hand: the running value stays 0, and (38 - 0) mod 37 = 1
   * picks the symbol "1".
   */
  private static final String NO_SUCH_AGREEMENT = "0000-0000-0000-0000-1";

  /** The first bytes of a PNG file: what evidence uploads accept as a photo. */
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  private static String kiosk;
  private static String date;
  private static String newTenant;

  /**
   * One operation: method, path, a body it would accept (with its content type and the answer type
   * asked for), the roles it allows, and the status an allowed role gets with that request: the
   * success, or 404 where the path names an id no row has. Built fluently where it differs from a
   * JSON exchange; a fresh list is made for each test.
   */
  static final class Operation {
    private final String name;
    private final String method;
    private final String path;
    private Supplier<byte[]> body;
    private final Set<String> allowed;
    private String contentType = "application/json";
    private String accept = "application/json";
    private Set<Integer> expected;
    private boolean stream;
    private boolean keyed;
    private String ifMatch;

    Operation(String name, String method, String path, Supplier<byte[]> body, Set<String> allowed) {
      this.name = name;
      this.method = method;
      this.path = path;
      this.body = body;
      this.allowed = allowed;
      boolean absent = path.contains(NO_SUCH) || path.contains(NO_SUCH_AGREEMENT);
      this.expected = absent ? Set.of(404) : method.equals("GET") ? Set.of(200) : Set.of();
    }

    Set<String> allowed() {
      return allowed;
    }

    Set<Integer> expected() {
      return expected;
    }

    boolean stream() {
      return stream;
    }

    boolean tenantScoped() {
      return !path.startsWith("/api/platform");
    }

    Operation expect(Integer... statuses) {
      expected = Set.of(statuses);
      return this;
    }

    Operation accepting(String type) {
      accept = type;
      return this;
    }

    Operation sending(String type, byte[] content) {
      contentType = type;
      body = () -> content;
      return this;
    }

    /**
     * Sends an Idempotency-Key (the body's externalNumber where it has one, as the 110 hand-over
     * wants, else a fresh key): for operations that require one.
     */
    Operation withIdempotencyKey() {
      keyed = true;
      return this;
    }

    /** Sends If-Match with the version {@code version}: for changes whose body has no version. */
    Operation ifMatch(long version) {
      ifMatch = "\"" + version + "\"";
      return this;
    }

    /** An event stream: an allowed role's answer is read as far as its status and headers. */
    Operation streaming() {
      stream = true;
      return this;
    }

    Http.Answer call(String token) {
      return send(token == null ? null : "Bearer " + token, false);
    }

    Http.Answer callWithAuthorization(String authorization) {
      return send(authorization, false);
    }

    /** The call of an allowed role: an event stream is answered by its status and headers only. */
    Http.Answer callAllowed(String token) {
      return send("Bearer " + token, stream);
    }

    private Http.Answer send(String authorization, boolean headersOnly) {
      // "{fresh}" in a path: a new code at each call (a create that would replace the second time)
      String target = path.replace(FRESH, Fixtures.code("sec"));
      var request = Http.request(target, null).setHeader("Accept", accept);
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      if (ifMatch != null) {
        request.header("If-Match", ifMatch);
      }
      byte[] content = body == null ? null : body.get();
      if (keyed) {
        String external =
            content == null
                ? ""
                : Json.parse(new String(content, java.nio.charset.StandardCharsets.UTF_8))
                    .path("externalNumber")
                    .asString("");
        request.header(
            "Idempotency-Key",
            external.isEmpty() ? "sec-" + java.util.UUID.randomUUID() : external);
      }
      if (content == null) {
        request.method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
      } else {
        request
            .header("Content-Type", contentType)
            .method(method, java.net.http.HttpRequest.BodyPublishers.ofByteArray(content));
      }
      return headersOnly ? Http.sendForHeaders(request.build()) : Http.send(request.build());
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
        name,
        method,
        path,
        body == null ? null : () -> body.get().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Set.of(allowed));
  }

  static List<Operation> operations() {
    String k = kioskPath(DALI, kiosk);
    String walkIns = "/api/" + DALI + "/kiosk-registry/walk-ins";
    String dispatch = "/api/" + DALI + "/dispatch";
    String ir = "/api/" + DALI + "/informant-rewards";
    String bl = "/api/" + DALI + "/blacklist";
    String entry = bl + "/entries/" + NO_SUCH;
    List<Operation> all = new ArrayList<>();
    all.addAll(mediationOperations());
    all.add(
        op(
                "attach blacklist evidence document",
                "POST",
                entry + "/evidence/documents?fileName=licence.png",
                null,
                OF,
                SL,
                PD)
            .sending("image/png", PNG)
            .expect(404));
    all.add(
        op("dispatch board events", "GET", dispatch + "/board/events", null, DI)
            .accepting("text/event-stream")
            .streaming());
    all.addAll(
        List.of(
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
                            "安全测试客栈" + Fixtures.random(6),
                            "category",
                            "touting",
                            "reason",
                            "security matrix",
                            "departments",
                            List.of("market-regulation")),
                    OF,
                    SL,
                    PD)
                .expect(201),
            op("get blacklist entry", "GET", entry, null, SL, OF, TA, PD),
            op(
                    "sign off blacklist entry",
                    "POST",
                    entry + "/sign-off",
                    () -> Json.of("version", 1),
                    SL,
                    PD)
                .ifMatch(1),
            op(
                    "revoke blacklist entry",
                    "POST",
                    entry + "/revoke",
                    () -> Json.of("version", 1, "reason", "x"),
                    SL,
                    PD)
                .ifMatch(1),
            op(
                    "credit-repair blacklist entry",
                    "POST",
                    entry + "/credit-repair",
                    () -> Json.of("version", 1, "reason", "x"),
                    SL,
                    PD)
                .ifMatch(1),
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
            op(
                    "review blacklist appeal",
                    "POST",
                    bl + "/appeals/" + NO_SUCH + "/review",
                    null,
                    SL,
                    PD)
                .ifMatch(1),
            op(
                    "decide blacklist appeal",
                    "POST",
                    bl + "/appeals/" + NO_SUCH + "/decision",
                    () -> Json.of("version", 1, "outcome", "upheld", "note", "x"),
                    SL,
                    PD)
                .ifMatch(1),
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
                    TA)
                .expect(200),
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
                    TA)
                .expect(200),
            op(
                    "subscribe blacklist watch",
                    "POST",
                    bl + "/watches",
                    () ->
                        Json.of(
                            "name",
                            "安全测试客栈" + Fixtures.random(6),
                            "callbackUrl",
                            "https://127.0.0.1:9/hooks/it"),
                    IN,
                    TA)
                .expect(201),
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
                    SL)
                .expect(201),
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
                    SL)
                .expect(200),
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
                    OF)
                .expect(200),
            op(
                    "set stock",
                    "PUT",
                    k + "/amenities/umbrella",
                    () -> Json.of("stock", 99),
                    TA,
                    SL,
                    OF)
                .expect(200),
            op(
                    "adjust stock",
                    "POST",
                    k + "/amenities/umbrella/adjustments",
                    () -> Json.of("delta", -1),
                    TA,
                    SL,
                    OF)
                .expect(200),
            op("get duty", "GET", k + "/duty", null, TA, SL, DI, OF),
            op(
                    "assign duty",
                    "PUT",
                    k + "/duty/" + date + "/day",
                    () -> Json.of("badges", List.of("531109")),
                    TA,
                    SL)
                .expect(200),
            op(
                    "log walk-in",
                    "POST",
                    k + "/walk-ins",
                    () ->
                        Json.write(Fixtures.walkIn("ask-way", "resolved", "2026-03-01T02:00:00Z")),
                    TA,
                    SL,
                    OF,
                    DI)
                .expect(201),
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
                    OF)
                .expect(201),
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
                    IN)
                .withIdempotencyKey()
                .expect(201),
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
                () ->
                    Json.of("peopleHelped", 1, "peopleRescued", 0, "dispute", "none", "version", 0),
                DI,
                OF),
            op("list units", "GET", dispatch + "/units", null, DI, SL, TA, OF),
            op(
                    "register unit",
                    "POST",
                    dispatch + "/units",
                    () ->
                        Json.of(
                            "callSign", Fixtures.code("sec"), "mode", "foot", "homeZone", "south"),
                    TA,
                    DI)
                .expect(201),
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
                                    "unitId",
                                    NO_SUCH,
                                    "position",
                                    Json.map("lat", 25.69, "lon", 100.16)))),
                    DI,
                    IN)
                .expect(400),
            op(
                    "save patrol plan",
                    "PUT",
                    dispatch + "/patrol-plans/" + FRESH,
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
                    DI)
                .expect(200),
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
            op(
                "delete patrol plan",
                "DELETE",
                dispatch + "/patrol-plans/by-id/" + NO_SUCH,
                null,
                SL),
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
            op(
                "tip photo",
                "GET",
                ir + "/tips/" + NO_SUCH + "/photos/" + NO_SUCH,
                null,
                IH,
                OF,
                SL),
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
                    IH)
                .withIdempotencyKey(),
            op("reward ledger", "GET", ir + "/rewards/ledger", null, IH, RA, SL),
            op("list informants", "GET", ir + "/informants", null, IH, SL),
            op(
                "unseal informant",
                "POST",
                ir + "/informants/" + NO_SUCH + "/unseal",
                () -> Json.of("reason", "verify before paying the reward"),
                IH),
            op("rotate identity keys", "POST", ir + "/informants/key-rotation", null, TA)
                .expect(200),
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
                    PA)
                .expect(201),
            op("read clock", "GET", "/api/platform/clock", null, PA),
            op(
                    "move clock",
                    "PUT",
                    "/api/platform/clock",
                    () -> Json.of("fixedAt", "2020-01-01T00:00:00Z"),
                    PA)
                .expect(200)));
    return all;
  }

  /** Every protected operation of the mediation module. */
  static List<Operation> mediationOperations() {
    String m = "/api/" + DALI + "/mediation";
    String dispute = m + "/cases/" + NO_SUCH;
    String session = dispute + "/sessions/" + NO_SUCH;
    return List.of(
        op("check agreement", "GET", m + "/agreements/" + NO_SUCH_AGREEMENT, null, ME, SL, TA, PD),
        op("list cases", "GET", m + "/cases", null, ME, SL, TA),
        op("overdue cases", "GET", m + "/cases/overdue", null, ME, SL, TA),
        op(
                "register case",
                "POST",
                m + "/cases",
                () ->
                    Json.of(
                        "source",
                        "walk-in",
                        "category",
                        "price",
                        "description",
                        "security sweep",
                        "parties",
                        List.of(Json.map("role", "tourist", "name", "Ms Wang"))),
                ME)
            .expect(201),
        op("get case", "GET", dispute, null, ME, SL, TA),
        op(
            "add party",
            "POST",
            dispute + "/parties",
            () -> Json.of("role", "merchant", "name", "古城某餐馆"),
            ME),
        op("accept case", "POST", dispute + "/acceptance", () -> Json.of("version", 1), ME),
        op(
            "change mediator",
            "PUT",
            dispute + "/mediator",
            () -> Json.of("version", 1, "mediator", "li-wenhua"),
            ME,
            SL),
        op(
            "schedule session",
            "POST",
            dispute + "/sessions",
            () ->
                Json.of(
                    "scheduledAt",
                    "2100-01-01T02:00:00Z",
                    "place",
                    "阿鹏调解室",
                    "mediators",
                    List.of("li-wenhua")),
            ME),
        op(
            "record session",
            "POST",
            session + "/record",
            () -> Json.of("attendees", List.of("Ms Wang")),
            ME),
        op(
            "cancel session",
            "POST",
            session + "/cancellation",
            () -> Json.of("reason", "the merchant is away"),
            ME),
        op(
            "record agreement",
            "POST",
            dispute + "/agreement",
            () ->
                Json.of(
                    "version",
                    1,
                    "terms",
                    "Refund",
                    "consents",
                    List.of(Json.map("party", NO_SUCH, "method", "signature"))),
            ME),
        op(
            "agreement not reached",
            "POST",
            dispute + "/not-reached",
            () -> Json.of("version", 1, "referredTo", "court"),
            ME),
        op(
            "withdraw case",
            "POST",
            dispute + "/withdrawal",
            () -> Json.of("version", 1, "reason", "settled"),
            ME),
        op(
            "fulfilment",
            "POST",
            dispute + "/fulfilment",
            () -> Json.of("version", 1, "outcome", "fulfilled"),
            ME),
        op("print agreement", "GET", dispute + "/agreement", null, ME, SL, TA)
            .accepting("text/html"),
        op("attach case evidence", "POST", dispute + "/evidence?fileName=receipt.png", null, ME)
            .sending("image/png", PNG)
            .expect(404),
        op("download case evidence", "GET", dispute + "/evidence/" + NO_SUCH, null, ME, SL, TA)
            .accepting("*/*"),
        op(
            "send department task",
            "POST",
            dispute + "/department-tasks",
            () -> Json.of("department", "market-regulation", "request", "check the prices"),
            ME),
        op("list department tasks", "GET", m + "/department-tasks", null, PD, ME, SL, TA),
        op("get department task", "GET", m + "/department-tasks/" + NO_SUCH, null, PD, ME, SL, TA),
        op(
            "answer department task",
            "POST",
            m + "/department-tasks/" + NO_SUCH + "/answer",
            () -> Json.of("version", 1, "answer", "checked"),
            PD),
        op("mediator roster", "GET", m + "/mediators", null, ME, SL, TA),
        op(
                "add duty shift",
                "POST",
                m + "/mediators/li-wenhua/duty-shifts",
                () -> {
                  java.time.Instant start =
                      Fixtures.freshDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
                  return Json.of(
                      "startsAt", start.toString(), "endsAt", start.plusSeconds(3600).toString());
                },
                SL,
                TA)
            .expect(201),
        op("duty shifts", "GET", m + "/duty-shifts", null, ME, SL, TA),
        op(
                "log outreach visit",
                "POST",
                m + "/outreach-visits",
                () ->
                    Json.of(
                        "kind",
                        "knock",
                        "targetType",
                        "merchant",
                        "targetName",
                        "人民路某客栈",
                        "findings",
                        "security sweep"),
                ME,
                OF)
            .expect(201),
        op("list outreach visits", "GET", m + "/outreach-visits", null, ME, OF, SL, TA),
        op("get outreach visit", "GET", m + "/outreach-visits/" + NO_SUCH, null, ME, OF, SL, TA),
        op(
            "open case from visit",
            "POST",
            m + "/outreach-visits/" + NO_SUCH + "/case",
            () -> Json.of("category", "accommodation"),
            ME),
        op("mediation statistics", "GET", m + "/statistics", null, SL, TA));
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
    assertThat(op.expected()).as("%s declares the answer of an allowed role", op).isNotEmpty();
    for (String role : op.allowed()) {
      List<String> tenants = role.equals(PA) ? List.of() : List.of(DALI);
      // a partner department's user acts for its department, named in the token
      String token =
          role.equals(PD)
              ? Tokens.departmentToken("it-market", DALI, "market-regulation")
              : Tokens.token("it-" + role, tenants, role);
      Http.Answer r = op.callAllowed(token);
      assertThat(r.status()).as("%s as %s: %s", op, role, r.body()).isIn(op.expected());
      if (r.status() == 404) {
        // the operation was reached and looked for its subject (the id is made up)
        assertThat(Json.parse(r.body()).path("code").asString())
            .as(r.body())
            .isEqualTo("not-found.detail");
      }
      if (op.stream()) {
        assertThat(r.contentType()).startsWith("text/event-stream");
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
