package org.tourismpolicing.blacklist.screening;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic listed subjects and queries for the screening benchmark, made from a seeded random
 * source: business names built like Yunnan's (place + trade name + trade word + legal form, the
 * trade name of one or two common words and a character), and persons (common surnames and given
 * names), plus queries of every variant kind of the labelled set.
 */
final class GeneratedNames {

  static final String[] PLACES = {
    "", "", "大理", "大理市", "大理古城", "云南大理", "大理市古城区", "丽江", "丽江古城", "双廊", "喜洲", "香格里拉", "西双版纳"
  };
  static final String[] WORDS =
      ("风花 雪月 苍山 洱海 阳光 人家 之心 花开 四季 时光 漫步 云上 月光 宝盒 金花 阿鹏 南门 北门 大院 小院 老宅 山水 清风 明月 星空 蓝天 白云 "
              + "彩云 之南 古道 茶马 凤凰 锦绣 吉祥 如意 福寿 兴隆 鸿运 金鹏 银河 翡翠 玉龙 雪山 青石 板桥 石板 古井 红龙 五华 三塔 崇圣 蝴蝶 泉边 "
              + "海景 湖畔 半山 听雨 观海 望山 客来 悦来 隆兴 白族 纳西 傣家 藏家 彝家 民族 风情 往事 记忆 故事 小镇 庭院 花园 庄园 书香 世家 "
              + "银匠 木府 段氏 杨家 李家 张家 赵家 董家 严家 老街 新街 东门 西门 一米 半米 十里 九月 三月 七彩 幸福 安居 乐业 和顺 太和 龙泉 "
              + "天龙 八部 菩提 树下 禅意 静心 慢生活 慢时光 花间 竹林 松涛 兰亭 梅园 荷塘 稻香 麦田 苍洱 云端 天空 海角 天涯 归来 远方 旅途 驿站 "
              + "码头 渡口 渔家 山居 水居 木屋 石屋 瓦舍 草堂 清心 自在 逍遥 悠然 闲云 野鹤 青山 绿水 白雪 红叶 金秋 暖阳 晨曦 暮色 星辰 "
              + "大海 小溪 清泉 流水 飞燕 归燕 彩虹 晴天 雨后 微风 细雨 花语 鸟语 茶香 酒香 墨香 琴韵 诗意 画意 乡愁 故里 故乡 老家 阿妹 阿哥")
          .split(" ");
  static final String CHARS =
      "居轩阁苑坊堂斋楼庐舍园院亭台府宅庄林山水云月星日风花雪海湖江河泉石玉金银铜木竹松梅兰菊荷桃李杏春夏秋冬东南西北上下左右红黄蓝绿青白紫"
          + "一二三四五六七八九十百千万福禄寿喜乐安康宁和顺兴旺隆昌盛发达鑫鹏鸿祥瑞吉";
  static final String[] TRADES = {
    "客栈", "客栈", "客栈", "民宿", "民宿", "酒店", "青年旅舍", "旅行社", "国际旅行社", "餐厅", "饭店", "小吃店", "茶庄", "茶馆",
    "玉器店", "银器店", "珠宝行", "商行", "土特产商行", "工艺品店", "扎染坊", "咖啡馆", "酒吧", "农家乐", "旅游有限公司"
  };
  static final String[] FORMS = {"", "", "", "有限公司", "有限责任公司", "（个体工商户）", "分店"};
  static final String[] SURNAMES =
      ("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅 沈 曾 彭 吕 "
              + "苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱 秦 江 史 "
              + "顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 黎 易 常 武 乔 贺 赖 龚 文 和 木 普 字 杨")
          .split(" ");
  static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文斌建国志红梅兰玉林燕云飞鹏辉晓春海波宁浩宇鑫欣怡佳琪雪莉婷晨阳光亮";

  private final Random random;

  GeneratedNames(long seed) {
    this.random = new Random(seed);
  }

  String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  char pickChar(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }

  /**
   * A trade name: one or two common words, mostly with a character of their own, so that a million
   * names repeat a trade name about as rarely as a prefecture's register does.
   */
  String tradeName() {
    int shape = random.nextInt(20);
    StringBuilder core = new StringBuilder();
    if (shape < 5) {
      core.append(pick(WORDS)).append(pick(WORDS));
    } else if (shape < 10) {
      core.append(pick(WORDS)).append(pickChar(CHARS));
    } else if (shape < 13) {
      core.append(pickChar(CHARS)).append(pick(WORDS));
    } else if (shape < 17) {
      core.append(pick(WORDS)).append(pick(WORDS)).append(pickChar(CHARS));
    } else if (shape < 19) {
      core.append(pickChar(CHARS)).append(pickChar(CHARS)).append(pick(WORDS));
    } else {
      core.append(pick(WORDS)).append(pickChar(CHARS)).append(pick(WORDS));
    }
    return core.toString();
  }

  ScreeningSubject business() {
    String core = tradeName();
    String name = pick(PLACES) + core + pick(TRADES) + pick(FORMS);
    List<String> aliases = random.nextInt(5) == 0 ? List.of(core) : List.of();
    return new ScreeningSubject(
        UUID.randomUUID(), SubjectKind.BUSINESS, name, aliases, creditCode(), null);
  }

  ScreeningSubject person() {
    StringBuilder name = new StringBuilder(pick(SURNAMES)).append(pickChar(GIVEN));
    if (random.nextBoolean()) {
      name.append(pickChar(GIVEN));
    }
    return new ScreeningSubject(
        UUID.randomUUID(),
        SubjectKind.PERSON,
        name.toString(),
        List.of(),
        null,
        Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
  }

  ScreeningSubject subject() {
    return random.nextInt(5) == 0 ? person() : business();
  }

  String creditCode() {
    String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    StringBuilder code = new StringBuilder("9253290");
    while (code.length() < 18) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return code.toString();
  }

  /** The kinds of query the benchmark mixes, as in the labelled set. */
  enum Variant {
    EXACT,
    TRADITIONAL,
    PINYIN,
    FULL_WIDTH_PUNCTUATION,
    LEGAL_FORM_DROPPED,
    NEAR_IDENTICAL,
    SHORT_NAME,
    UNKNOWN,
    CREDIT_CODE
  }

  private static final ThreadLocal<Transliterator> TO_TRADITIONAL =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Simplified-Traditional"));
  private static final ThreadLocal<Transliterator> TO_PINYIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  /** A query of the given variant about a listed subject. */
  ScreeningQuery query(ScreeningSubject listed, Variant variant) {
    String name = listed.name();
    String core = stripAffixes(name);
    String q;
    switch (variant) {
      case EXACT -> q = name;
      case TRADITIONAL -> q = TO_TRADITIONAL.get().transliterate(name);
      case PINYIN -> q = TO_PINYIN.get().transliterate(core);
      case FULL_WIDTH_PUNCTUATION -> q = "【" + core + "】 " + "（大理）";
      case LEGAL_FORM_DROPPED -> q = core + "有限公司";
      case NEAR_IDENTICAL -> {
        char[] chars = core.toCharArray();
        chars[random.nextInt(chars.length)] = pickChar(CHARS);
        q = new String(chars);
      }
      case SHORT_NAME -> q = core;
      case UNKNOWN -> q = pick(PLACES) + tradeName() + pick(TRADES);
      case CREDIT_CODE -> {
        return new ScreeningQuery(
            null,
            null,
            listed.creditCode(),
            listed.idNumberHash(),
            ScreeningQuery.DEFAULT_THRESHOLD,
            ScreeningQuery.DEFAULT_LIMIT);
      }
      default -> throw new IllegalStateException();
    }
    return new ScreeningQuery(
        null, q, null, null, ScreeningQuery.DEFAULT_THRESHOLD, ScreeningQuery.DEFAULT_LIMIT);
  }

  /** The trade name of a generated business name (the inverse of {@link #business}). */
  static String stripAffixes(String name) {
    String s = name;
    for (String form : FORMS) {
      if (!form.isEmpty() && s.endsWith(form)) {
        s = s.substring(0, s.length() - form.length());
      }
    }
    String longestTrade = "";
    for (String trade : TRADES) {
      if (s.endsWith(trade) && trade.length() > longestTrade.length()) {
        longestTrade = trade;
      }
    }
    s = s.substring(0, s.length() - longestTrade.length());
    String longestPlace = "";
    for (String place : PLACES) {
      if (s.startsWith(place) && place.length() > longestPlace.length()) {
        longestPlace = place;
      }
    }
    String core = s.substring(longestPlace.length());
    return core.isEmpty() ? name : core;
  }

  Variant variant() {
    Variant[] all = Variant.values();
    return all[random.nextInt(all.length)];
  }

  static List<ScreeningSubject> subjects(long seed, int count) {
    GeneratedNames names = new GeneratedNames(seed);
    List<ScreeningSubject> subjects = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      subjects.add(names.subject());
    }
    return subjects;
  }
}
