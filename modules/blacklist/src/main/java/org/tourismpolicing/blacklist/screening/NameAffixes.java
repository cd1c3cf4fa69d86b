package org.tourismpolicing.blacklist.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words that surround the distinctive part of a business name (its 字号, trade name): place names
 * (大理, 云南 …), legal forms (有限公司, 个体工商户 …) and trade words (客栈, 旅行社 …). Screening sets them aside to
 * compare trade names, but keeps them as evidence: a different trade (客栈 against 茶庄) or place (大理
 * against 丽江) lowers the score of an otherwise equal name.
 *
 * <p>This is domain data, not a Unicode table: a jurisdiction may pass its own lists. Traditional
 * forms, full-width letters and pinyin spellings of these words need no entries of their own; they
 * are normalised like every name.
 */
public final class NameAffixes {

  /** What kind of word an affix is. */
  public enum Role {
    PLACE,
    LEGAL_FORM,
    TRADE
  }

  /**
   * One affix word.
   *
   * @param word the word as written (simplified Chinese, or a lower-case foreign word)
   * @param role place, legal form or trade
   * @param trade for trade words, the group of businesses it names (e.g. {@code lodging}); words of
   *     two different groups mean different trades. {@code general} never conflicts.
   */
  public record Affix(String word, Role role, String trade) {
    public Affix {
      Objects.requireNonNull(word, "word");
      Objects.requireNonNull(role, "role");
      if (word.isBlank()) {
        throw new IllegalArgumentException("an affix word must not be blank");
      }
    }
  }

  /** The group of trade words that never conflicts with another trade. */
  public static final String GENERAL_TRADE = "general";

  private final List<Affix> affixes;

  public NameAffixes(List<Affix> affixes) {
    this.affixes = List.copyOf(affixes);
  }

  public List<Affix> affixes() {
    return affixes;
  }

  /**
   * Places, legal forms and trades of the tourism trade in Yunnan (Dali, Lijiang, Shangri-La,
   * Xishuangbanna) and the common foreign-language legal forms.
   */
  public static NameAffixes defaults() {
    List<Affix> list = new ArrayList<>();
    for (String place :
        List.of(
            "云南省", "云南", "大理白族自治州", "大理州", "大理市", "大理古城", "大理", "古城区", "古城", "下关", "喜洲", "双廊", "沙溪",
            "才村", "丽江市", "丽江古城", "丽江", "束河", "白沙", "香格里拉", "迪庆", "西双版纳", "景洪", "昆明市", "昆明",
            "yunnan", "dali", "lijiang", "kunming")) {
      list.add(new Affix(place, Role.PLACE, null));
    }
    for (String form :
        List.of(
            "股份有限公司", "有限责任公司", "有限公司", "分公司", "公司", "个体工商户", "个体户", "合伙企业", "普通合伙", "有限合伙", "总店",
            "分店", "店", "co", "ltd", "limited", "company", "inc", "llc")) {
      list.add(new Affix(form, Role.LEGAL_FORM, null));
    }
    Map<String, List<String>> trades = new LinkedHashMap<>();
    trades.put(
        "lodging",
        List.of(
            "客栈",
            "民宿",
            "酒店",
            "大酒店",
            "宾馆",
            "旅馆",
            "旅舍",
            "青年旅舍",
            "客舍",
            "度假村",
            "精品酒店",
            "inn",
            "hostel",
            "hotel",
            "guesthouse"));
    trades.put("travel", List.of("旅行社", "国际旅行社", "旅游", "旅游服务", "旅游开发", "travel", "tours"));
    trades.put(
        "food",
        List.of(
            "餐厅",
            "饭店",
            "餐馆",
            "餐饮",
            "饭庄",
            "酒楼",
            "小吃",
            "菜馆",
            "农家乐",
            "咖啡馆",
            "咖啡",
            "cafe",
            "restaurant"));
    trades.put("bar", List.of("酒吧", "清吧", "bar", "pub"));
    // 行 of a shop is read háng; ICU's Han-Latin gives its first reading, xíng, so the typed
    // spellings are listed too
    trades.put("tea", List.of("茶庄", "茶行", "茶叶", "茶社", "茶楼", "茶馆", "茶厂", "chahang"));
    trades.put(
        "jade", List.of("玉器店", "玉器行", "玉器", "翡翠", "珠宝", "珠宝行", "珠宝店", "yuqihang", "zhubaohang"));
    trades.put("silver", List.of("银器店", "银器", "银饰", "银饰店", "银楼"));
    trades.put(
        GENERAL_TRADE,
        List.of(
            "商行",
            "商店",
            "商贸",
            "贸易",
            "经营部",
            "门市部",
            "工作室",
            "文化传播",
            "文化传媒",
            "文化",
            "传媒",
            "管理",
            "服务",
            "服务部",
            "工艺品",
            "特产",
            "土特产",
            "商铺",
            "shanghang"));
    trades.forEach((group, words) -> words.forEach(w -> list.add(new Affix(w, Role.TRADE, group))));
    return new NameAffixes(list);
  }
}
