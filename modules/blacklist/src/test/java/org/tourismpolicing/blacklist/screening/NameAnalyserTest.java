package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NameAnalyserTest {

  final NameAnalyser analyser = new NameAnalyser(NameAffixes.defaults());

  String core(String name) {
    AnalysedName a = analyser.analyse(name, false);
    return a.spell(a.coreText());
  }

  String whole(String name) {
    AnalysedName a = analyser.analyse(name, false);
    return a.spell(a.text());
  }

  String sound(String name) {
    AnalysedName a = analyser.analyse(name, false);
    return a.spellings().sound(a.coreKey(), 0, a.coreKey().length);
  }

  @Test
  void fullWidthLettersDigitsAndCaseFoldToTheSameUnits() {
    assertThat(whole("大理古城ＭＯＭＯ民宿")).isEqualTo(whole("大理古城momo民宿"));
    assertThat(whole("三月街８８号")).isEqualTo("三月街88号");
    assertThat(whole("Ｙ２Ｋ")).isEqualTo("y2k");
  }

  @Test
  void punctuationSymbolsAndSpacesOfAnyWidthAreNotPartOfTheName() {
    assertThat(whole("风花雪月·客栈")).isEqualTo("风花雪月客栈");
    assertThat(whole("【风花雪月】　客栈！")).isEqualTo("风花雪月客栈");
    assertThat(whole("风花雪月-客栈（古城店）")).isEqualTo("风花雪月客栈古城店");
  }

  @Test
  void traditionalCharactersAreReadAsSimplified() {
    AnalysedName traditional = analyser.analyse("大理古城風花雪月客棧", false);
    AnalysedName simplified = analyser.analyse("大理古城风花雪月客栈", false);

    assertThat(traditional.text()).isEqualTo(simplified.text());
    assertThat(traditional.simplified()).isTrue();
    assertThat(simplified.simplified()).isFalse();
    assertThat(whole("蒼山洱海旅行社有限責任公司")).isEqualTo("苍山洱海旅行社有限责任公司");
  }

  @Test
  void hanCharactersCarryTheirTonelessPinyin() {
    assertThat(sound("风花雪月")).isEqualTo("feng hua xue yue");
    assertThat(sound("旅")).isEqualTo("lu");
  }

  @Test
  void typedPinyinIsSplitIntoSyllablesWithOrWithoutTonesAndSpaces() {
    AnalysedName han = analyser.analyse("风花雪月", false);
    for (String typed : new String[] {"fenghuaxueyue", "Fēnghuā Xuěyuè", "FENG HUA XUE YUE"}) {
      AnalysedName a = analyser.analyse(typed, false);
      assertThat(a.coreKey()).as(typed).isEqualTo(han.coreKey());
      assertThat(a.coreAllLatin()).as(typed).isTrue();
    }
    // v for ü, as typed on Chinese keyboards
    assertThat(analyser.analyse("lvxingshe", false).key())
        .isEqualTo(analyser.analyse("旅行社", true).key());
  }

  @Test
  void aForeignWordThatIsNotPinyinStaysOneUnit() {
    AnalysedName a = analyser.analyse("Bluesky", true);
    assertThat(a.text()).hasSize(1);
    assertThat(whole("Bluesky")).isEqualTo("bluesky");
  }

  @Test
  void placesLegalFormsAndTradesAreSetAsideAroundTheTradeName() {
    assertThat(core("大理古城风花雪月客栈")).isEqualTo("风花雪月");
    assertThat(core("云南大理苍山洱海旅行社有限责任公司")).isEqualTo("苍山洱海");
    assertThat(core("大理洱海情国际旅行社有限公司古城分公司")).isEqualTo("洱海情");
    assertThat(core("风花雪月客栈（大理古城店）")).isEqualTo("风花雪月");
    assertThat(core("大理古城金花银器店（个体工商户）")).isEqualTo("金花");
    assertThat(core("dali fenghuaxueyue kezhan")).isEqualTo("feng hua xue yue");
    assertThat(analyser.analyse("风花雪月客栈有限公司", false).setAside())
        .containsExactlyInAnyOrder("客栈", "有限公司");
  }

  @Test
  void streetsAndHouseNumbersBeforeTheTradeNameAreSetAsideLikePlaces() {
    assertThat(core("大理古城人民路阿鹏客栈")).isEqualTo("阿鹏");
    assertThat(core("人民路88号阿鹏客栈")).isEqualTo("阿鹏");
    assertThat(core("大理人民路阿鹏客栈")).isEqualTo("阿鹏");
    assertThat(core("环城南路彩云间民宿")).isEqualTo("彩云间");
    assertThat(core("红龙井巷古韵茶庄")).isEqualTo("古韵");
    assertThat(core("88号阿鹏客栈")).isEqualTo("阿鹏");
    assertThat(core("阿鹏客栈（人民路店）")).isEqualTo("阿鹏");
    assertThat(core("人民路 88号 阿鹏客栈")).isEqualTo("阿鹏");
    assertThat(analyser.analyse("大理古城人民路88号阿鹏客栈", false).setAside())
        .containsExactlyInAnyOrder("大理古城", "人民路88号", "客栈");
  }

  @Test
  void aStreetThatIsTheNameOrLeavesTooLittleStays() {
    // the address is the shop's name: 人民路88号客栈 is another shop
    assertThat(core("大理三月街88号客栈")).isEqualTo("三月街88号");
    assertThat(core("三月街88号")).isEqualTo("三月街88号");
    // 街角 is a corner, and one character is not a trade name
    assertThat(core("爱情街角咖啡馆")).isEqualTo("爱情街角");
    // one character before 路 is no street; 丝绸之路 alone is the name
    assertThat(core("一路向西客栈")).isEqualTo("一路向西");
    assertThat(core("大理丝绸之路客栈")).isEqualTo("丝绸之路");
    // pinyin is not read as a street: lu, jie and hao spell too many other characters
    assertThat(core("renminlu apeng kezhan")).isEqualTo("ren min lu a peng");
    assertThat(core("ktv人民路阿鹏客栈")).isEqualTo("ktv人民路阿鹏");
  }

  @Test
  void somethingAlwaysRemainsOfAName() {
    // places go first, so a name of affixes only keeps its last one
    assertThat(core("大理客栈")).isEqualTo("客栈");
    assertThat(core("客栈")).isEqualTo("客栈");
  }

  @Test
  void onlyOneTradeWordIsSetAside() {
    // 翡翠 (jade) is the trade name's once 珠宝行 (jewellery) is set aside
    assertThat(core("大理古城翡翠人生珠宝行")).isEqualTo("翡翠人生");
    assertThat(core("人生翡翠珠宝行")).isEqualTo("人生翡翠");
  }

  @Test
  void aLeadingSegmentOfTradeWordsBelongsToTheName() {
    assertThat(core("feicui rensheng")).isEqualTo("fei cui ren sheng");
  }

  @Test
  void theTradeGroupOfTheTradeWordSetAsideIsKept() {
    AnalysedName inn = analyser.analyse("风花雪月客栈", false);
    AnalysedName hostel = analyser.analyse("风花雪月民宿", false);
    AnalysedName tea = analyser.analyse("风花雪月茶庄", false);
    AnalysedName shop = analyser.analyse("风花雪月商行", false);

    assertThat(inn.trades()).isEqualTo(hostel.trades()).isNotZero();
    assertThat(inn.trades() & tea.trades()).isZero();
    assertThat(analyser.tradeNames(tea.trades())).containsExactly("tea");
    // general trade words never conflict
    assertThat(shop.trades()).isZero();
  }

  @Test
  void personsKeepTheirWholeName() {
    AnalysedName person = analyser.analyse("大理", true);
    assertThat(Arrays.equals(person.coreText(), person.text())).isTrue();
    assertThat(person.setAside()).isEmpty();
  }
}
