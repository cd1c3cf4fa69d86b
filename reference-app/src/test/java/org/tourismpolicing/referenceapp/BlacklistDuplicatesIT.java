package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Problems.assertProblem;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;

/**
 * One open blacklist entry per subject and category: a second proposal (also one racing the first
 * on the other server) answers 409 naming the first and writes nothing; an entry's evidence list
 * never reads the documents' content.
 */
class BlacklistDuplicatesIT {

  private static String entries() {
    return "/api/" + DALI + "/blacklist/entries";
  }

  private static Map<String, Object> business(String name, String code, String category) {
    return Json.map(
        "kind",
        "business",
        "name",
        name,
        "creditCode",
        code,
        "category",
        category,
        "reason",
        "南门多次拉客揽客",
        "departments",
        List.of("market-regulation"));
  }

  private static Response propose(Map<String, Object> body) {
    return Api.as(Fixtures.officer(DALI))
        .contentType("application/json")
        .body(Json.write(body))
        .post(entries());
  }

  private static long entriesNamed(String name) {
    return Database.count(
        "select count(*) from bl_entry where tenant_id = ? and name = ?", DALI, name);
  }

  private static void assertDuplicateOf(Response refused, String firstId) {
    JsonPath problem = assertProblem(refused, 409, "conflict");
    assertThat(problem.getString("code")).isEqualTo("entry.duplicate-open");
    assertThat(problem.getString("detail")).contains(firstId);
  }

  @Test
  void aSecondOpenEntryForTheSameCodeAndCategoryIsRefusedNamingTheFirst() {
    String code = BlacklistIT.creditCode();
    String name = "重复测试客栈" + Fixtures.random(5);
    Response first = propose(business(name, code, "touting"));
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    String firstId = first.jsonPath().getString("id");
    long audit = Database.count("select count(*) from core_audit_record where tenant_id = ?", DALI);

    // the same business, its name written otherwise: the code decides
    assertDuplicateOf(propose(business(name + "（南门店）", code, "touting")), firstId);
    assertThat(entriesNamed(name)).isEqualTo(1);
    assertThat(Database.count("select count(*) from core_audit_record where tenant_id = ?", DALI))
        .as("a refused proposal is not audited")
        .isEqualTo(audit);

    // another category is another listing
    Response other = propose(business(name, code, "unlicensed-operation"));
    assertThat(other.statusCode()).as(other.asString()).isEqualTo(201);

    // once the first has ended, the subject may be proposed again
    Response revoked =
        Api.as(Fixtures.leader(DALI))
            .header("If-Match", first.header("ETag"))
            .contentType("application/json")
            .body(Json.of("reason", "proposed in error"))
            .post(entries() + "/" + firstId + "/revoke");
    assertThat(revoked.statusCode()).as(revoked.asString()).isEqualTo(200);
    Response again = propose(business(name, code, "touting"));
    assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
    assertDuplicateOf(propose(business(name, code, "touting")), again.jsonPath().getString("id"));
  }

  @Test
  void withoutACodeTheNormalisedNameIsTheSubject() {
    String stem = "洱海边" + Fixtures.random(4);
    Map<String, Object> first = business("大理 " + stem + "客栈", null, "touting");
    first.remove("creditCode");
    Response created = propose(first);
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

    // full-width, spaces and traditional characters fold to the same name
    Map<String, Object> variant = business("大理" + stem + "客棧", null, "touting");
    variant.remove("creditCode");
    assertDuplicateOf(propose(variant), created.jsonPath().getString("id"));
  }

  @Test
  void parallelProposalsOnBothServersListTheSubjectOnce() throws Exception {
    String code = BlacklistIT.creditCode();
    String name = "并发测试客栈" + Fixtures.random(5);
    String body = Json.write(business(name, code, "touting"));
    String token = Fixtures.officer(DALI);
    List<String> servers =
        List.of(Api.baseUrl(), System.getProperty("it.second.base.url", Api.baseUrl()));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    int copies = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(copies);
    List<HttpResponse<String>> answers = new ArrayList<>();
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (int i = 0; i < copies; i++) {
        String server = servers.get(i % servers.size());
        Callable<HttpResponse<String>> call =
            () -> {
              start.await();
              return client.send(
                  HttpRequest.newBuilder(URI.create(server + entries()))
                      .timeout(Duration.ofSeconds(60))
                      .header("Authorization", "Bearer " + token)
                      .header("Content-Type", "application/json")
                      .header("Accept", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      for (Future<HttpResponse<String>> f : futures) {
        answers.add(f.get(90, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    List<HttpResponse<String>> created =
        answers.stream().filter(r -> r.statusCode() == 201).toList();
    assertThat(created).as("exactly one proposal wins").hasSize(1);
    String firstId = Json.parse(created.get(0).body()).path("id").asString();
    for (HttpResponse<String> r : answers) {
      if (r.statusCode() != 201) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        assertThat(r.body()).contains("entry.duplicate-open").contains(firstId);
      }
    }
    assertThat(entriesNamed(name)).isEqualTo(1);
    assertThat(
            Database.count(
                "select count(*) from core_audit_record where tenant_id = ? and action = ?"
                    + " and subject_id in (select id from bl_entry where tenant_id = ? and name = ?)",
                DALI,
                "blacklist.entry.proposed",
                DALI,
                name))
        .isEqualTo(1);
  }

  @Test
  void theEvidenceListReadsNoDocumentContent() {
    Response entry =
        propose(business("证据测试客栈" + Fixtures.random(5), BlacklistIT.creditCode(), "touting"));
    assertThat(entry.statusCode()).as(entry.asString()).isEqualTo(201);
    String evidence = entries() + "/" + entry.jsonPath().getString("id") + "/evidence";
    byte[] pdf = new byte[4 * 1024 * 1024];
    Arrays.fill(pdf, (byte) 'x');
    System.arraycopy("%PDF-1.4\n".getBytes(), 0, pdf, 0, 9);
    for (int i = 0; i < 2; i++) {
      Response stored =
          Api.as(Fixtures.officer(DALI))
              .contentType("application/pdf")
              .body(pdf)
              .post(evidence + "/documents");
      assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(201);
    }

    long before = bytesSentByTheDatabase();
    JsonPath listed =
        Api.as(Fixtures.leader(DALI)).get(evidence).then().statusCode(200).extract().jsonPath();
    long listing = bytesSentByTheDatabase() - before;

    assertThat(listed.getList("sizeBytes", Long.class)).containsExactly(4194304L, 4194304L);
    assertThat(listing)
        .as("bytes the database sent while the list of two 4 MiB documents was read")
        .isLessThan(512 * 1024);

    // the measure does see a document when one is read
    before = bytesSentByTheDatabase();
    byte[] downloaded =
        Api.as(Fixtures.leader(DALI))
            .accept("application/pdf")
            .get(evidence + "/documents/" + listed.getString("[0].id"))
            .asByteArray();
    assertThat(downloaded).hasSize(pdf.length);
    assertThat(bytesSentByTheDatabase() - before).isGreaterThan(pdf.length);
  }

  /** What the MariaDB server has sent to all its clients so far. */
  private static long bytesSentByTheDatabase() {
    return Long.parseLong(
        Database.string(
            "select variable_value from information_schema.global_status"
                + " where variable_name = 'BYTES_SENT'"));
  }
}
