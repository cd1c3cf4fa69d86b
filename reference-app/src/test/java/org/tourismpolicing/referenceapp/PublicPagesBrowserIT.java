package org.tourismpolicing.referenceapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.tourismpolicing.referenceapp.support.Fixtures.DALI;
import static org.tourismpolicing.referenceapp.support.Fixtures.LIJIANG;

import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.tourismpolicing.referenceapp.support.Api;
import org.tourismpolicing.referenceapp.support.Database;
import org.tourismpolicing.referenceapp.support.Fixtures;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.TenantDocs;
import org.tourismpolicing.referenceapp.support.Tokens;
import tools.jackson.databind.node.ObjectNode;

/**
 * The public pages (reference-app/src/main/webapp/public) in real headless Chromium at a phone's
 * 360 pixels: a tourist, a citizen with a tip, a mediation party and a traveller checking a
 * business, each against data the test made through the API. Each scenario saves screenshots for
 * docs/console.md. Needs Debian's chromium and chromium-driver: without them the tests skip, or
 * fail when the build says -Dtp.require-system-packages=true (as CI does).
 */
class PublicPagesBrowserIT {

  private static final String INSTALL =
      "the browser tests need Debian's chromium and chromium-driver (and fonts-noto-cjk for"
          + " Chinese): as root, apt-get update && apt-get install -y chromium chromium-driver"
          + " fonts-noto-cjk";
  private static final int WIDTH = 360;
  private static final int HEIGHT = 800;

  private static ChromeDriver browser;
  private static Path profile;

  @BeforeAll
  static void startChromium() throws IOException {
    Optional<Path> chromium = onPath("chromium");
    Optional<Path> chromedriver = onPath("chromedriver");
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String missing = chromium.isEmpty() ? "chromium" : "chromedriver";
      if (Boolean.getBoolean("tp.require-system-packages")) {
        Assertions.fail(
            missing + " is not on the PATH, and -Dtp.require-system-packages=true: " + INSTALL);
      }
      Assumptions.abort(missing + " is not on the PATH, browser tests skipped: " + INSTALL);
    }
    profile = Files.createTempDirectory("tp-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--user-data-dir=" + profile,
        "--window-size=" + WIDTH + "," + HEIGHT);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.get().toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
    TenantDocs.forgetOnboarded();
  }

  // ---- scenarios ----

  @Test
  void aTouristFindsTheNearestOpenKioskWithFirstAidAndOnlyThisTenantsKiosks() {
    // a station of one kiosk (Dali's South Gate, open round the clock, without a first-aid kit)
    // and two kiosks with one, 280 m and 610 m north of it
    String tenant = TenantDocs.newTenantId("pages");
    TenantDocs docs = TenantDocs.daliAs(tenant).firstKiosks(1).openAllDay();
    ObjectNode gate = (ObjectNode) docs.kiosks().get(0);
    ((ObjectNode) gate.get("amenities")).remove("first-aid-kit");
    docs.onboard(tenant);
    double lat = gate.get("position").get("lat").asDouble();
    double lon = gate.get("position").get("lon").asDouble();
    String near = Fixtures.code("near");
    String far = Fixtures.code("far");
    for (var k : List.of(Map.entry(near, 0.0025), Map.entry(far, 0.0055))) {
      Map<String, Object> body =
          Fixtures.newKiosk(k.getKey(), new double[] {lat + k.getValue(), lon});
      body.put("openingHours", "24/7");
      Fixtures.createKiosk(tenant, body);
    }

    atPosition(lat, lon);
    open("help.html", tenant, "zh-CN");
    awaitText("#count", "共 3 处");
    assertThat(browser.findElement(By.id("call-110")).getAttribute("href")).isEqualTo("tel:110");
    browser.findElement(By.id("locate")).click();
    awaitText("#status", "已按你的位置排序");
    awaitFirstKiosk(gate.get("code").asString());

    // "I need first aid": the gate has none, so the nearest with a kit comes first
    browser.findElement(By.cssSelector("input[name=need][value=first-aid-kit]")).click();
    awaitFirstKiosk(near);
    List<WebElement> cards = browser.findElements(By.cssSelector("article.kiosk"));
    assertThat(cards).extracting(c -> c.getAttribute("data-code")).containsExactly(near, far);
    WebElement first = cards.get(0);
    assertThat(first.getText())
        .contains("测试警务亭 " + near, "正在开放", "药箱", "步行约")
        .containsPattern("2[0-9]{2} 米");
    assertThat(first.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href"))
        .isEqualTo("tel:08720000000");
    assertFitsThePhone();
    screenshot("tourist-kiosks-zh");

    // keyboard: the filter is reachable and operable without a pointer
    WebElement any = browser.findElement(By.cssSelector("input[name=need][value='']"));
    any.sendKeys(" ");
    awaitFirstKiosk(gate.get("code").asString());

    // another tenant's page never shows this tenant's kiosks
    open("help.html", LIJIANG, "en");
    Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !text("#count").isEmpty());
    assertThat(browser.getPageSource()).doesNotContain(near, far, "Test kiosk");
    assertThat(text("header.brand")).contains("Lijiang");
  }

  @Test
  void aStationsGcj02TileSourceIsDrawnUnderKiosksShiftedOntoIt() throws IOException {
    // a tile server on loopback, standing in for a Chinese map service that draws in GCJ-02
    AtomicInteger tilesServed = new AtomicInteger();
    BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = tile.createGraphics();
    g.setColor(new Color(0xf3efe4));
    g.fillRect(0, 0, 256, 256);
    g.setColor(new Color(0xc8c0ad));
    g.drawRect(0, 0, 255, 255);
    g.dispose();
    java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
    ImageIO.write(tile, "png", png);
    HttpServer tiles =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tiles.createContext(
        "/tiles/",
        exchange -> {
          tilesServed.incrementAndGet();
          exchange.getResponseHeaders().set("Content-Type", "image/png");
          exchange.sendResponseHeaders(200, png.size());
          exchange.getResponseBody().write(png.toByteArray());
          exchange.close();
        });
    tiles.start();
    try {
      String tenant = TenantDocs.newTenantId("pages-tiles");
      TenantDocs docs = TenantDocs.daliAs(tenant).firstKiosks(1).openAllDay();
      docs.tenant()
          .putObject("map")
          .putObject("tiles")
          .put("url", "http://127.0.0.1:" + tiles.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png")
          .put("attribution", "Test tiles (GCJ-02)")
          .put("coordinateSystem", "GCJ02");
      docs.onboard(tenant);
      String gate = docs.kiosks().get(0).get("code").asString();
      JsonPath profile = Api.anonymous().get("/api/" + tenant + "/tenant").jsonPath();
      assertThat(profile.getString("tiles.coordinateSystem")).isEqualTo("GCJ02");
      JsonPath kiosk =
          Api.anonymous()
              .get("/api/" + tenant + "/kiosk-registry/public/kiosks/open-now")
              .jsonPath();
      double wgsLat = kiosk.getDouble("[0].position.lat");
      double gcjLat = kiosk.getDouble("[0].position.gcj02.lat");
      double gcjLon = kiosk.getDouble("[0].position.gcj02.lon");
      assertThat(Math.abs(gcjLat - wgsLat)).as("GCJ-02 is off WGS-84 here").isGreaterThan(0.0005);

      open("help.html", tenant, "en");
      awaitFirstKiosk(gate);
      WebElement marker =
          browser.findElement(By.cssSelector("#map path.kiosk-marker[data-code='" + gate + "']"));
      assertThat(browser.findElement(By.id("map")).getAttribute("data-crs")).isEqualTo("GCJ02");
      assertThat(Double.parseDouble(marker.getAttribute("data-lat")))
          .isCloseTo(gcjLat, within(1e-6));
      assertThat(Double.parseDouble(marker.getAttribute("data-lon")))
          .isCloseTo(gcjLon, within(1e-6));
      Awaitility.await("tiles requested")
          .atMost(Duration.ofSeconds(10))
          .until(() -> tilesServed.get() > 0);
      assertThat(text(".leaflet-control-attribution")).contains("Test tiles (GCJ-02)");
      screenshot("tourist-kiosks-gcj02-tiles-en");
    } finally {
      tiles.stop(0);
    }
  }

  @Test
  void aCitizenSendsATipWithAPhotoAndFollowsItByItsCode() throws IOException {
    open("tip.html", DALI, "zh-CN");
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> browser.findElements(By.cssSelector("#category option")).size() > 1);
    browser.findElement(By.cssSelector("#category option[value='illegal-lodging']")).click();
    String description = "人民路中段一家客栈没有挂牌，每晚都有游客入住 " + Fixtures.random(6);
    browser.findElement(By.id("description")).sendKeys(description);
    browser.findElement(By.id("place")).sendKeys("人民路中段，近复兴路");
    browser.findElement(By.id("map")).click();
    awaitText("#position-text", "已标出位置");
    Path photo = Files.createTempFile("tip-photo-", ".png");
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2e7d32));
    g.fillRect(0, 0, 64, 48);
    g.dispose();
    ImageIO.write(image, "png", photo.toFile());
    browser.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
    browser.findElement(By.id("submit")).click();

    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> browser.findElement(By.id("receipt-box")).isDisplayed());
    String code = text("#receipt");
    assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");
    awaitText("#send-status", "已上传照片 1 张");
    screenshot("tip-receipt-zh");
    Files.delete(photo);

    // the tip, its position and its photo reached the station; the code is nowhere but the page
    JsonPath status =
        Api.anonymous()
            .header("X-Forwarded-For", "198.51.100.77")
            .contentType(ContentType.JSON)
            .body(Json.of("receiptCode", code))
            .post("/api/" + DALI + "/informant-rewards/public/tip-status")
            .jsonPath();
    String tipId = status.getString("tipId");
    String handler = Tokens.token("it-handler-pages", DALI, "informant-handler");
    JsonPath tip =
        Api.as(handler).get("/api/" + DALI + "/informant-rewards/tips/" + tipId).jsonPath();
    assertThat(tip.getString("tip.description")).isEqualTo(description);
    assertThat(tip.getString("tip.category")).isEqualTo("illegal-lodging");
    assertThat(tip.getDouble("tip.lat")).isBetween(25.6, 25.8);
    assertThat(tip.getList("photos")).hasSize(1);
    assertThat(
            Database.count(
                "select count(*) from ir_tip_photo where tenant_id = ? and tip_id = ?",
                DALI,
                tipId))
        .isEqualTo(1);
    assertThat(browser.getCurrentUrl()).doesNotContain(code);
    assertThat(
            (Long)
                ((JavascriptExecutor) browser)
                    .executeScript("return localStorage.length + sessionStorage.length"))
        .isZero();

    // the handler writes through the API; the citizen reads it by the code and answers
    Response written =
        Api.as(handler)
            .contentType(ContentType.JSON)
            .body(Json.of("body", "已收到，我们今晚去核实。"))
            .post("/api/" + DALI + "/informant-rewards/tips/" + tipId + "/messages");
    assertThat(written.statusCode()).as(written.asString()).isEqualTo(201);
    assertThat(browser.findElement(By.id("code")).getAttribute("value")).isEqualTo(code);
    browser.findElement(By.id("lookup")).click();
    awaitText("#messages", "已收到，我们今晚去核实。");
    assertThat(text("#tip-number")).isEqualTo(tip.getString("tip.number"));
    assertThat(text("#tip-status")).isEqualTo("已提交");
    browser.findElement(By.id("reply")).sendKeys("好的，客栈门口有一块蓝色招牌。");
    browser.findElement(By.id("send-reply")).click();
    awaitText("#messages", "好的，客栈门口有一块蓝色招牌。");
    assertFitsThePhone();
    screenshot("tip-follow-zh");
    assertThat(
            Database.count(
                "select count(*) from ir_tip_message where tenant_id = ? and tip_id = ?",
                DALI,
                tipId))
        .isEqualTo(2);
  }

  @Test
  void aPartyAnswersTheSurveyFromItsOneTimeLinkAndTheAgreementChecks() {
    JsonPath agreed = agreedCase();
    String link = agreed.getString("satisfactionLinks[0].path");
    String token = link.substring(link.lastIndexOf('/') + 1);
    String caseNumber = agreed.getString("dispute.caseNumber");
    String verification = agreed.getString("dispute.agreement.verificationCode");

    browser.get(Api.baseUrl() + "/public/survey.html?tenant=" + DALI + "&lang=en#" + token);
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> browser.findElement(By.id("about")).isDisplayed());
    assertThat(text("#case-number")).isEqualTo(caseNumber);
    assertThat(browser.getCurrentUrl()).doesNotContain(token);
    browser.findElement(By.cssSelector("input[name=rating][value='4']")).click();
    browser.findElement(By.id("comment")).sendKeys("Patient mediators, quick refund");
    assertFitsThePhone();
    screenshot("survey-en");
    browser.findElement(By.id("submit")).click();
    awaitText("#status", "Thank you");
    assertThat(
            Database.string(
                "select rating from mediation_satisfaction where tenant_id = ? and case_id = ?"
                    + " and used_at is not null",
                DALI,
                agreed.getString("dispute.id")))
        .isEqualTo("4");

    // the link works once
    browser.get(Api.baseUrl() + "/public/survey.html?tenant=" + DALI + "&lang=en#" + token);
    awaitText("#status", "has been used");
    assertThat(browser.findElement(By.id("survey-form")).isDisplayed()).isFalse();

    // the printed agreement's code checks on the public page, in Chinese
    open("agreement.html", DALI, "zh-CN");
    awaitText("#code-label", "协议核验码");
    browser.findElement(By.id("code")).sendKeys(verification);
    browser.findElement(By.id("check")).click();
    awaitText("#status", "此协议由本调解室出具");
    assertThat(text("#facts")).contains(caseNumber, "阿鹏调解室", "200.00", "待履行");
    screenshot("agreement-check-zh");
    // Lijiang's page knows no Dali agreement
    open("agreement.html", LIJIANG, "zh-CN");
    awaitText("#code-label", "协议核验码");
    browser.findElement(By.id("code")).sendKeys(verification);
    browser.findElement(By.id("check")).click();
    Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> browser.findElement(By.id("status")).getAttribute("class").contains("error"));
    assertThat(browser.findElement(By.id("facts")).isDisplayed()).isFalse();
  }

  @Test
  void thePublicLookupFindsAListedBusinessOfItsOwnTenantOnly() {
    String tenant = TenantDocs.newTenantId("pages-bl");
    TenantDocs.daliAs(tenant).firstKiosks(1).onboard(tenant);
    String name = "古城测试客栈" + Fixtures.random(4);
    String creditCode = BlacklistIT.creditCode();
    String id =
        BlacklistIT.propose(
            Fixtures.officer(tenant),
            tenant,
            BlacklistIT.business(name, creditCode, "touting", "public"));
    Response signed =
        BlacklistIT.signOff(
            Tokens.departmentToken("mr-1", tenant, "market-regulation"), tenant, id);
    assertThat(signed.statusCode()).as(signed.asString()).isEqualTo(200);

    open("check.html", tenant, "zh-CN");
    awaitText("#query-label", "商家名称");
    browser.findElement(By.id("query")).sendKeys(name);
    browser.findElement(By.id("search")).click();
    awaitText("#status", "该商家在涉旅黑名单上");
    assertThat(text("#results")).contains(name, creditCode, "拉客揽客", "张*丰").doesNotContain("张三丰");
    assertFitsThePhone();
    screenshot("business-check-zh");

    // by credit code, in English
    open("check.html", tenant, "en");
    awaitText("#query-label", "credit code");
    browser.findElement(By.id("query")).sendKeys(creditCode);
    browser.findElement(By.id("search")).click();
    awaitText("#results", name);

    // Dali's own page does not know the test tenant's listing
    open("check.html", DALI, "zh-CN");
    awaitText("#query-label", "商家名称");
    browser.findElement(By.id("query")).sendKeys(creditCode);
    browser.findElement(By.id("search")).click();
    awaitText("#status", "未查到");
    assertThat(text("#results")).isEmpty();
  }

  /**
   * Each public page's transfer, map tiles aside, on a fresh load with the cache off, on a
   * phone-like profile (CPU slowed 4×, 1.6 Mbit/s down, 150 ms latency): at most 300 KB, and the
   * tourist page usable (its list shown) within 10 s. The figures go to target/page-weight.txt for
   * docs/performance.md.
   */
  @Test
  void eachPublicPageTransfersAtMost300KbOnAThrottledPhone() throws IOException {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    browser.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline",
            false,
            "latency",
            150,
            "downloadThroughput",
            1_600_000 / 8,
            "uploadThroughput",
            750_000 / 8));
    browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
    StringBuilder report = new StringBuilder("page\ttransfer bytes\tresources\tusable ms\n");
    try {
      for (var page :
          List.of(
              Map.entry("help.html", "#count"),
              Map.entry("tip.html", "#category"),
              Map.entry("check.html", "#query-label"),
              Map.entry("agreement.html", "#code-label"),
              Map.entry("survey.html", "#status"))) {
        open(page.getKey(), DALI, "zh-CN");
        Awaitility.await(page.getKey() + " usable")
            .atMost(Duration.ofSeconds(30))
            .ignoreExceptions()
            .until(() -> !text(page.getValue()).isEmpty());
        long usable =
            ((Number) browser.executeScript("return Math.round(performance.now())")).longValue();
        @SuppressWarnings("unchecked")
        List<Number> sizes =
            (List<Number>)
                browser.executeScript(
                    "return [performance.getEntriesByType('navigation')[0].transferSize]"
                        + ".concat(performance.getEntriesByType('resource')"
                        + ".filter(r => !r.name.includes('/tiles/')).map(r => r.transferSize))");
        long bytes = sizes.stream().mapToLong(Number::longValue).sum();
        report
            .append(page.getKey())
            .append('\t')
            .append(bytes)
            .append('\t')
            .append(sizes.size())
            .append('\t')
            .append(usable)
            .append('\n');
        assertThat(bytes)
            .as(page.getKey() + " transfer")
            .isPositive()
            .isLessThanOrEqualTo(300 * 1024);
        if (page.getKey().equals("help.html")) {
          assertThat(usable).as("tourist page usable, ms").isLessThanOrEqualTo(10_000);
        }
      }
    } finally {
      browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 1));
      browser.executeCdpCommand(
          "Network.emulateNetworkConditions",
          Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "page-weight.txt"), report);
    }
  }

  // ---- the data a scenario needs, made through the API ----

  /** A Dali case taken to an agreement (200 yuan), as a mediator does it. */
  private static JsonPath agreedCase() {
    String mediator = MediationIT.mediator(DALI);
    JsonPath registered =
        MediationIT.register(DALI, "Overcharged for a dinner " + Fixtures.random(5));
    String cases = MediationIT.cases(DALI) + "/" + registered.getString("id");
    Response accepted =
        Fixtures.post(
            mediator,
            cases + "/acceptance",
            Json.map("version", registered.getLong("version"), "mediator", "li-wenhua"));
    assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
    MediationIT.holdASession(DALI, registered.getString("id"));
    JsonPath current = Api.as(mediator).get(cases).jsonPath();
    List<String> parties = current.getList("parties.id");
    Response agreed =
        Fixtures.post(
            mediator,
            cases + "/agreement",
            Json.map(
                "version",
                current.getLong("version"),
                "terms",
                "The restaurant refunds 200 yuan to Ms Wang today.",
                "compensation",
                Json.map("amount", "200.00"),
                "consents",
                List.of(
                    Json.map("party", parties.get(0), "method", "signature"),
                    Json.map("party", parties.get(1), "method", "signature"))));
    assertThat(agreed.statusCode()).as(agreed.asString()).isEqualTo(200);
    return agreed.jsonPath();
  }

  // ---- the browser ----

  private static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .map(dir -> Path.of(dir, command))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static void open(String page, String tenant, String lang) {
    browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    browser.get(Api.baseUrl() + "/public/" + page + "?tenant=" + tenant + "&lang=" + lang);
  }

  /** The phone's position, as its location service would report it (WGS-84). */
  private static void atPosition(double lat, double lon) {
    browser.executeCdpCommand(
        "Browser.grantPermissions",
        Map.of("origin", Api.baseUrl(), "permissions", List.of("geolocation")));
    browser.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", lat, "longitude", lon, "accuracy", 5));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static void awaitText(String css, String part) {
    Awaitility.await("'" + part + "' in " + css)
        .atMost(Duration.ofSeconds(15))
        .pollInterval(Duration.ofMillis(100))
        .ignoreExceptions()
        .until(() -> text(css).contains(part));
  }

  private static void awaitFirstKiosk(String code) {
    Awaitility.await("first kiosk " + code)
        .atMost(Duration.ofSeconds(15))
        .ignoreExceptions()
        .until(
            () ->
                code.equals(
                    browser
                        .findElement(By.cssSelector("article.kiosk"))
                        .getAttribute("data-code")));
  }

  /** Nothing is wider than the phone: no sideways scrolling at 360 pixels. */
  private static void assertFitsThePhone() {
    Long width = (Long) browser.executeScript("return document.documentElement.scrollWidth");
    assertThat(width).isLessThanOrEqualTo(WIDTH);
  }

  /** The whole page at the phone's width, into docs/screenshots (committed for docs/console.md). */
  private static void screenshot(String name) {
    Path dir = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
    // the window's height includes what the browser draws around the page
    Long height =
        (Long)
            browser.executeScript(
                "return document.documentElement.scrollHeight"
                    + " + window.outerHeight - window.innerHeight");
    browser
        .manage()
        .window()
        .setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height, HEIGHT), 2400)));
    browser.executeScript("window.scrollTo(0, 0)");
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      browser.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
    }
  }
}
