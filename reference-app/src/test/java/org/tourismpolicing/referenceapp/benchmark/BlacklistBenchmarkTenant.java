package org.tourismpolicing.referenceapp.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.tourismpolicing.referenceapp.support.Json;
import org.tourismpolicing.referenceapp.support.Tokens;

/**
 * The screening benchmark's tenant: onboarded through the platform API like any station, then a
 * million active business entries written straight into {@code bl_entry} by JDBC batches (set-up
 * only; proposing and signing off a million entries through the API would take hours). The names
 * are built like Yunnan's business names from a seeded random source, so the simulation can ask for
 * variants of names it knows are listed.
 */
final class BlacklistBenchmarkTenant {

  static final String ID = "bench-blacklist";

  static final String[] PLACES = {
    "", "", "大理", "大理市", "大理古城", "云南大理", "大理市古城区", "丽江", "丽江古城", "双廊", "喜洲", "香格里拉", "西双版纳"
  };
  static final String[] WORDS =
      ("风花 雪月 苍山 洱海 阳光 人家 之心 花开 四季 时光 漫步 云上 月光 宝盒 金花 阿鹏 南门 北门 大院 小院 老宅 山水 清风 明月 星空 蓝天 白云"
              + " 彩云 之南 古道 茶马 凤凰 锦绣 吉祥 如意 福寿 兴隆 鸿运 金鹏 银河 翡翠 玉龙 雪山 青石 板桥 石板 古井 红龙 五华 三塔 崇圣 蝴蝶"
              + " 泉边 海景 湖畔 半山 听雨 观海 望山 客来 悦来 隆兴 白族 纳西 傣家 藏家 彝家 民族 风情 往事 记忆 故事 小镇 庭院 花园 庄园 书香"
              + " 世家 银匠 木府 段氏 杨家 李家 张家 赵家 董家 严家 老街 新街 东门 西门 一米 半米 十里 九月 三月 七彩 幸福 安居 乐业 和顺 太和"
              + " 龙泉 天龙 八部 菩提 树下 禅意 静心 花间 竹林 松涛 兰亭 梅园 荷塘 稻香 麦田 苍洱 云端 天空 海角 天涯 归来 远方 旅途 驿站 码头"
              + " 渡口 渔家 山居 水居 木屋 石屋 瓦舍 草堂 清心 自在 逍遥 悠然 闲云 野鹤 青山 绿水 白雪 红叶 金秋 暖阳 晨曦 暮色 星辰 大海 小溪"
              + " 清泉 流水 飞燕 归燕 彩虹 晴天 雨后 微风 细雨 花语 鸟语 茶香 酒香 墨香 琴韵 诗意 画意 乡愁 故里 故乡 老家 阿妹 阿哥")
          .split(" ");
  static final String CHARS =
      "居轩阁苑坊堂斋楼庐舍园院亭台府宅庄林山水云月星日风花雪海湖江河泉石玉金银铜木竹松梅兰菊荷桃李杏春夏秋冬东南西北上下左右红黄蓝绿青白紫"
          + "一二三四五六七八九十百千万福禄寿喜乐安康宁和顺兴旺隆昌盛发达鑫鹏鸿祥瑞吉";
  static final String[] TRADES = {
    "客栈", "客栈", "客栈", "民宿", "民宿", "酒店", "青年旅舍", "旅行社", "国际旅行社", "餐厅", "饭店", "小吃店", "茶庄", "茶馆",
    "玉器店", "银器店", "珠宝行", "商行", "土特产商行", "工艺品店", "扎染坊", "咖啡馆", "酒吧", "农家乐", "旅游有限公司"
  };
  static final String[] FORMS = {"", "", "", "有限公司", "有限责任公司", "（个体工商户）"};

  /** GB 32100-2015: the alphabet and weights of the unified social credit code's check. */
  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] CODE_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  /** One listed business: what the simulation asks about. */
  record Listed(String name, String tradeName, String creditCode) {}

  private final Random random;

  BlacklistBenchmarkTenant(long seed) {
    this.random = new Random(seed);
  }

  /** The next business of the seeded sequence. */
  Listed next() {
    String core = tradeName();
    String name = pick(PLACES) + core + pick(TRADES) + pick(FORMS);
    return new Listed(name, core, creditCode());
  }

  String tradeName() {
    int shape = random.nextInt(20);
    StringBuilder core = new StringBuilder();
    if (shape < 5) {
      core.append(pick(WORDS)).append(pick(WORDS));
    } else if (shape < 10) {
      core.append(pick(WORDS)).append(pickChar());
    } else if (shape < 13) {
      core.append(pickChar()).append(pick(WORDS));
    } else if (shape < 17) {
      core.append(pick(WORDS)).append(pick(WORDS)).append(pickChar());
    } else if (shape < 19) {
      core.append(pickChar()).append(pickChar()).append(pick(WORDS));
    } else {
      core.append(pick(WORDS)).append(pickChar()).append(pick(WORDS));
    }
    return core.toString();
  }

  String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  char pickChar() {
    return CHARS.charAt(random.nextInt(CHARS.length()));
  }

  Random random() {
    return random;
  }

  /** A valid code of an enterprise (91) or an individual business (92) in Dali city (532901). */
  String creditCode() {
    StringBuilder code = new StringBuilder(random.nextBoolean() ? "91532901" : "92532901");
    while (code.length() < 17) {
      code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CODE_ALPHABET.indexOf(code.charAt(i)) * CODE_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.append(CODE_ALPHABET.charAt(check)).toString();
  }

  /** Onboards the tenant with a blacklist document (once; a second run finds it). */
  static void onboard(String baseUrl) {
    Map<String, Object> tenant =
        Json.map(
            "id",
            ID,
            "names",
            Json.map("zh-CN", "黑名单基准测试", "en", "Blacklist benchmark"),
            "timeZone",
            "Asia/Shanghai",
            "languages",
            List.of("zh-CN", "en"),
            "currency",
            "CNY",
            "coordinateSystem",
            "WGS84",
            "zones",
            List.of(
                BenchmarkTenant.zone(
                    "west", "西片", "West", BenchmarkTenant.WEST, BenchmarkTenant.MIDDLE)));
    Object blacklist =
        Json.map(
            "categories",
            List.of(
                Json.map(
                    "code",
                    "unlicensed-operation",
                    "names",
                    Json.map("zh-CN", "无证经营", "en", "Unlicensed operation"),
                    "defaultValidity",
                    "P1Y")));
    new BenchmarkHttp(baseUrl)
        .send(
            "PUT",
            "/api/platform/tenants/" + ID,
            Tokens.platformAdmin(),
            Json.write(Json.map("tenant", tenant, "modules", Json.map("blacklist", blacklist))),
            Set.of(200, 201),
            "onboard " + ID);
  }

  /**
   * Writes {@code count} active entries of the seeded sequence unless the tenant already has them,
   * and returns every {@code sampleEvery}-th one for the queries.
   */
  List<Listed> load(String dbUrl, int count, int sampleEvery) throws SQLException {
    List<Listed> sample = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(dbUrl, "root", "")) {
      long present;
      try (PreparedStatement s =
          c.prepareStatement("select count(*) from bl_entry where tenant_id = ?")) {
        s.setString(1, ID);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          present = r.getLong(1);
        }
      }
      boolean write = present != count;
      if (write && present > 0) {
        try (PreparedStatement s = c.prepareStatement("delete from bl_entry where tenant_id = ?")) {
          s.setString(1, ID);
          s.executeUpdate();
        }
      }
      c.setAutoCommit(false);
      Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      Timestamp from = Timestamp.from(now.minus(1, ChronoUnit.DAYS));
      Timestamp to = Timestamp.from(now.plus(365, ChronoUnit.DAYS));
      // older than any poll window, so the servers' change polls skip them
      Timestamp written = Timestamp.from(now.minus(2, ChronoUnit.DAYS));
      String sql =
          "insert into bl_entry (tenant_id, id, subject_kind, name, aliases, credit_code, category,"
              + " reason, departments, visibility, effective_from, effective_to, status,"
              + " signed_departments, leader_required, created_by, created_at, updated_at, version)"
              + " values (?, ?, 'BUSINESS', ?, ?, ?, 'unlicensed-operation', ?, 'market-regulation',"
              + " 'PUBLIC', ?, ?, 'ACTIVE', 'market-regulation', false, 'benchmark', ?, ?, 0)";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        for (int i = 0; i < count; i++) {
          Listed l = next();
          // drawn in every run, so that a second run's sample is the same sequence
          String id = new UUID(random.nextLong(), random.nextLong()).toString();
          if (i % sampleEvery == 0) {
            sample.add(l);
          }
          if (!write) {
            continue;
          }
          s.setString(1, ID);
          s.setString(2, id);
          s.setString(3, l.name());
          // a fifth of the businesses are also listed under their trade name
          s.setString(4, i % 5 == 0 ? l.tradeName() : null);
          s.setString(5, l.creditCode());
          s.setString(6, "benchmark listing");
          s.setTimestamp(7, from);
          s.setTimestamp(8, to);
          s.setTimestamp(9, written);
          s.setTimestamp(10, written);
          s.addBatch();
          if (i % 2000 == 1999) {
            s.executeBatch();
            c.commit();
          }
        }
        if (write) {
          s.executeBatch();
          c.commit();
        }
      }
    }
    return sample;
  }
}
