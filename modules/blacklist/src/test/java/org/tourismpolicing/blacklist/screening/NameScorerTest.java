package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tourismpolicing.blacklist.screening.ScreeningHit.MatchedFeature;

class NameScorerTest {

  final NameAnalyser analyser = new NameAnalyser(NameAffixes.defaults());
  final NameScorer scorer = new NameScorer(analyser);

  NameScorer.Comparison business(String query, String listed) {
    return scorer.compare(analyser.analyse(query, false), analyser.analyse(listed, false), false);
  }

  NameScorer.Comparison person(String query, String listed) {
    return scorer.compare(analyser.analyse(query, true), analyser.analyse(listed, true), true);
  }

  static MatchedFeature feature(NameScorer.Comparison c, String code) {
    return c.features().stream().filter(f -> f.feature().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void theSameNormalisedNameScoresOne() {
    NameScorer.Comparison c = business("大理古城風花雪月客棧", "大理古城风花雪月客栈");
    assertThat(c.score()).isEqualTo(1.0);
    assertThat(feature(c, NameScorer.NORMALISED_EXACT).explanation())
        .contains("traditional characters read as simplified");
    assertThat(
            feature(business("大理古城风花雪月客栈", "大理古城风花雪月客栈"), NameScorer.NORMALISED_EXACT)
                .explanation())
        .isEqualTo("the same name as listed");
  }

  @Test
  void theSameTradeNameWithOtherAffixesScoresBelowTheSameName() {
    NameScorer.Comparison c = business("风花雪月客栈有限公司", "大理古城风花雪月客栈");
    assertThat(c.score()).isEqualTo(NameScorer.CORE_SCORE);
    assertThat(feature(c, NameScorer.CORE_EXACT).explanation())
        .isEqualTo("the same name 风花雪月 once 有限公司, 客栈, 大理古城 are set aside");
  }

  @Test
  void pinyinSpellingAndHomophonesScoreBelowTheSameCharacters() {
    NameScorer.Comparison spelled = business("fenghuaxueyue", "大理古城风花雪月客栈");
    assertThat(spelled.score()).isEqualTo(NameScorer.SPELLED_SCORE);
    assertThat(feature(spelled, NameScorer.PINYIN).explanation())
        .isEqualTo("the pinyin \"feng hua xue yue\" spells the listed name 风花雪月");

    NameScorer.Comparison homophone = business("风华雪月客栈", "风花雪月客栈");
    assertThat(homophone.score()).isEqualTo(NameScorer.HOMOPHONE_SCORE);
    assertThat(feature(homophone, NameScorer.PINYIN).explanation())
        .contains("风华雪月 instead of 风花雪月");
  }

  @Test
  void charactersInAnotherOrderMatchFromThreeCharactersOn() {
    assertThat(business("洱海苍山旅行社", "苍山洱海旅行社").score()).isEqualTo(NameScorer.ORDER_SCORE);
    assertThat(business("雪花客栈", "花雪客栈").score()).isLessThan(0.8);
  }

  @Test
  void aShortNameIsTheHeadOfTheTradeName() {
    NameScorer.Comparison head = business("老杨家腊排骨", "大理古城老杨家腊排骨火锅店");
    assertThat(feature(head, NameScorer.SHORT).score()).isGreaterThanOrEqualTo(0.8);
    // the tail is a description, not a name
    assertThat(business("腊排骨火锅店", "大理古城老杨家腊排骨火锅店").score()).isLessThan(0.8);
  }

  @Test
  void oneCharacterDifferentIsNearIdenticalOnlyInLongerTradeNames() {
    NameScorer.Comparison four = business("风花雪夜客栈", "风花雪月客栈");
    assertThat(four.score()).isEqualTo(0.8);
    assertThat(feature(four, NameScorer.SIMILAR).explanation()).startsWith("near-identical");

    assertThat(business("兰亭阁酒店", "兰林阁酒店").score()).isLessThan(0.8);
    assertThat(business("金凤银器店", "金花银器店").score()).isLessThan(0.8);
  }

  @Test
  void aDifferentNumberIsADifferentBusiness() {
    assertThat(business("三月街66号客栈", "三月街88号客栈").score()).isLessThan(0.8);
    assertThat(business("1988咖啡馆", "1983咖啡馆").score()).isLessThan(0.8);
  }

  @Test
  void aDifferentTradeHoldsTheScoreBelowAMatch() {
    NameScorer.Comparison c = business("风花雪月茶庄", "风花雪月客栈");
    assertThat(c.score()).isEqualTo(NameScorer.TRADE_CONFLICT_CAP);
    assertThat(feature(c, NameScorer.TRADE_DIFFERS).explanation())
        .isEqualTo("but a different trade: tea against lodging; score held at 0.7");
    // a general trade word (商行) conflicts with none
    assertThat(business("风花雪月商行", "风花雪月客栈").score()).isEqualTo(NameScorer.CORE_SCORE);
  }

  @Test
  void personsMatchOnlyTheSameNameInAnotherScriptSpellingOrOrder() {
    assertThat(person("張偉", "张伟").score()).isEqualTo(1.0);
    assertThat(person("Zhang Wei", "张伟").score()).isEqualTo(NameScorer.PERSON_SPELLED_SCORE);
    assertThat(person("Wei Zhang", "张伟").score()).isEqualTo(NameScorer.PERSON_ORDER_SCORE);
    assertThat(person("张玮", "张伟").score()).isEqualTo(NameScorer.PERSON_HOMOPHONE_SCORE);
    assertThat(person("杨建军", "杨建国").score()).isLessThan(0.6);
    assertThat(person("杨国建", "杨建国").score()).isLessThan(0.8);
  }

  @Test
  void scoringWithoutExplanationsGivesTheSameScore() {
    String[][] pairs = {
      {"风花雪夜客栈", "风花雪月客栈"}, {"fenghuaxueyue", "风花雪月"}, {"风花雪月茶庄", "风花雪月客栈"}, {"金花", "银花"}
    };
    for (String[] p : pairs) {
      AnalysedName q = analyser.analyse(p[0], false);
      AnalysedName l = analyser.analyse(p[1], false, false, true);
      assertThat(scorer.score(q, l, false)).as(p[0]).isEqualTo(business(p[0], p[1]).score());
    }
  }

  @Test
  void editSimilarityCountsHomophonesAsAQuarterAndPinyinAsTheSame() {
    AnalysedName a = analyser.analyse("风花雪月", true);
    AnalysedName homophone = analyser.analyse("风华雪月", true);
    AnalysedName spelled = analyser.analyse("fenghuaxueyue", true);
    assertThat(NameScorer.editSimilarity(a.text(), a.key(), homophone.text(), homophone.key()))
        .isEqualTo(1 - 0.25 / 4);
    assertThat(NameScorer.editSimilarity(a.text(), a.key(), spelled.text(), spelled.key()))
        .isEqualTo(1.0);
    assertThat(NameScorer.multisetDice(new int[] {1, 2, 3, 4}, new int[] {4, 3, 2, 1}))
        .isEqualTo(1.0);
  }
}
