package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.blacklist.screening.ScreeningHit.MatchedFeature;

class ScreeningIndexTest {

  static final double THRESHOLD = 0.8;

  static ScreeningSubject business(String name, String creditCode, String... aliases) {
    return new ScreeningSubject(
        UUID.randomUUID(), SubjectKind.BUSINESS, name, List.of(aliases), creditCode, null);
  }

  static ScreeningSubject person(String name, String idHash) {
    return new ScreeningSubject(
        UUID.randomUUID(), SubjectKind.PERSON, name, List.of(), null, idHash);
  }

  static ScreeningQuery byName(String name) {
    return new ScreeningQuery(null, name, null, null, THRESHOLD, 10);
  }

  static List<String> codes(ScreeningHit hit) {
    return hit.features().stream().map(MatchedFeature::feature).toList();
  }

  @Test
  void findsAListedBusinessByItsCreditCodeWhateverItsWidthAndCase() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理古城风花雪月客栈", "91532901MA6K3XYZ1B");
    index.upsert(inn);
    index.upsert(business("大理古城阿鹏农家乐", "92532901MA6N0K8X3C"));

    List<ScreeningHit> hits =
        index.search(new ScreeningQuery(null, null, "９１５３２９０１ma6k3xyz1b", null, THRESHOLD, 5));

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).entryId()).isEqualTo(inn.entryId());
    assertThat(hits.get(0).score()).isEqualTo(1.0);
    assertThat(codes(hits.get(0))).containsExactly("credit-code-exact");
  }

  @Test
  void findsAListedPersonByTheHashOfTheIdNumberOnly() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject listed = person("张伟", "ab12cd");
    index.upsert(listed);
    index.upsert(person("张伟", "ff0099"));

    List<ScreeningHit> hits =
        index.search(new ScreeningQuery(SubjectKind.PERSON, null, null, "AB12CD", THRESHOLD, 5));

    assertThat(hits).extracting(ScreeningHit::entryId).containsExactly(listed.entryId());
    assertThat(codes(hits.get(0))).containsExactly("id-number-exact");
  }

  @Test
  void aTraditionalFullWidthNameWithLegalFormMatchesAndSaysWhy() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理古城风花雪月客栈", null);
    index.upsert(inn);

    List<ScreeningHit> hits = index.search(byName("風花雪月客棧（大理）有限公司"));

    assertThat(hits).hasSize(1);
    ScreeningHit hit = hits.get(0);
    assertThat(hit.score()).isEqualTo(NameScorer.CORE_SCORE);
    assertThat(codes(hit)).contains("name-core-exact");
    assertThat(hit.features().get(0).explanation())
        .contains("风花雪月")
        .contains("有限公司")
        .contains("大理古城");
  }

  @Test
  void pinyinWithOrWithoutTonesAndSpacesFindsTheHanName() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理古城风花雪月客栈", null);
    index.upsert(inn);
    index.upsert(business("大理古城金花银器店", null));

    for (String pinyin :
        List.of(
            "fenghuaxueyue",
            "Fēnghuā Xuěyuè Kèzhàn",
            "feng hua xue yue ke zhan",
            "DALI FENGHUAXUEYUE")) {
      List<ScreeningHit> hits = index.search(byName(pinyin));
      assertThat(hits).as(pinyin).extracting(ScreeningHit::entryId).containsExactly(inn.entryId());
      assertThat(codes(hits.get(0))).as(pinyin).contains("name-pinyin");
    }
  }

  @Test
  void wordsInAnotherOrderMatch() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject agency = business("大理苍山洱海旅行社有限公司", null);
    index.upsert(agency);

    List<ScreeningHit> hits = index.search(byName("洱海苍山旅行社"));

    assertThat(hits).extracting(ScreeningHit::entryId).containsExactly(agency.entryId());
    assertThat(codes(hits.get(0))).contains("name-token-order");
  }

  @Test
  void aNearIdenticalNameIsFlaggedButADifferentBusinessWithTheSameAffixesIsNot() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理古城风花雪月客栈", null);
    ScreeningSubject other = business("大理古城阿鹏客栈", null);
    index.upsert(inn);
    index.upsert(other);

    List<ScreeningHit> near = index.search(byName("大理古城风花雪夜客栈"));
    assertThat(near).extracting(ScreeningHit::entryId).containsExactly(inn.entryId());
    assertThat(codes(near.get(0))).contains("name-similar");

    assertThat(index.search(byName("大理古城金花客栈"))).isEmpty();
  }

  @Test
  void theSameTradeNameInAnotherTradeIsHeldBelowTheDefaultThreshold() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理古城风花雪月客栈", null);
    index.upsert(inn);

    List<ScreeningHit> hits = index.search(new ScreeningQuery(null, "风花雪月茶庄", null, null, 0.5, 10));

    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).score()).isEqualTo(NameScorer.TRADE_CONFLICT_CAP);
    assertThat(codes(hits.get(0))).contains("trade-differs");
    assertThat(index.search(byName("风花雪月茶庄"))).isEmpty();
  }

  @Test
  void anAliasMatchesAndIsNamed() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理市古城区喜林苑文化传播有限公司", null, "喜林苑");
    index.upsert(inn);

    List<ScreeningHit> hits = index.search(byName("喜林苑"));

    assertThat(hits).extracting(ScreeningHit::entryId).containsExactly(inn.entryId());
  }

  @Test
  void personsMatchOnlyTheSameNameInAnotherScriptSpellingOrOrder() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject zhangWei = person("张伟", null);
    index.upsert(zhangWei);

    for (String same : List.of("張偉", "Zhang Wei", "zhangwei", "Wei Zhang")) {
      assertThat(index.search(byName(same)))
          .as(same)
          .extracting(ScreeningHit::entryId)
          .containsExactly(zhangWei.entryId());
    }
    for (String other : List.of("张玮", "张伟明", "章伟", "张")) {
      assertThat(index.search(byName(other))).as(other).isEmpty();
    }
  }

  @Test
  void theKindOfTheQueryRestrictsTheHits() {
    ScreeningIndex index = new ScreeningIndex();
    index.upsert(person("阿鹏", null));
    ScreeningSubject farm = business("阿鹏农家乐", null);
    index.upsert(farm);

    List<ScreeningHit> hits =
        index.search(new ScreeningQuery(SubjectKind.BUSINESS, "阿鹏", null, null, THRESHOLD, 10));

    assertThat(hits).extracting(ScreeningHit::entryId).containsExactly(farm.entryId());
  }

  @Test
  void upsertReplacesAndRemoveForgets() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject inn = business("大理古城风花雪月客栈", null);
    index.upsert(inn);
    index.upsert(
        new ScreeningSubject(
            inn.entryId(), SubjectKind.BUSINESS, "大理古城洱海之心民宿", List.of(), null, null));

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.search(byName("风花雪月客栈"))).isEmpty();
    assertThat(index.search(byName("洱海之心")))
        .extracting(ScreeningHit::entryId)
        .containsExactly(inn.entryId());

    index.remove(inn.entryId());
    index.remove(UUID.randomUUID());

    assertThat(index.size()).isZero();
    assertThat(index.search(byName("洱海之心"))).isEmpty();
  }

  @Test
  void removedSubjectsAreCompactedAwayAndTheRestStillFound() {
    ScreeningIndex index = new ScreeningIndex();
    List<ScreeningSubject> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(business("大理古城" + i + "号客栈", null));
    }
    index.upsertAll(many);
    for (int i = 0; i < 4000; i++) {
      index.remove(many.get(i).entryId());
    }

    assertThat(index.size()).isEqualTo(1000);
    assertThat(index.search(byName("4321号客栈")))
        .extracting(ScreeningHit::entryId)
        .contains(many.get(4321).entryId());
    assertThat(index.search(byName("1234号客栈"))).isEmpty();
  }

  @Test
  void hitsComeBestFirstAndNoMoreThanTheLimit() {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject exact = business("风花雪月客栈", null);
    ScreeningSubject near = business("风花雪夜客栈", null);
    ScreeningSubject homophone = business("风华雪月客栈", null);
    index.upsertAll(List.of(near, exact, homophone));

    List<ScreeningHit> all = index.search(byName("风花雪月客栈"));
    assertThat(all)
        .extracting(ScreeningHit::entryId)
        .containsExactly(exact.entryId(), homophone.entryId(), near.entryId());

    List<ScreeningHit> one = index.search(new ScreeningQuery(null, "风花雪月客栈", null, null, 0.8, 1));
    assertThat(one).extracting(ScreeningHit::entryId).containsExactly(exact.entryId());
  }

  @Test
  void badQueriesAreRefused() {
    ScreeningIndex index = new ScreeningIndex();
    assertThatThrownBy(() -> index.search(new ScreeningQuery(null, " ", null, null, 0.8, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.search(new ScreeningQuery(null, "客栈", null, null, 1.5, 10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.search(new ScreeningQuery(null, "客栈", null, null, 0.8, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.upsert(business(" ", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readersAndWritersMayRunAtOnce() throws Exception {
    ScreeningIndex index = new ScreeningIndex();
    ScreeningSubject kept = business("大理古城风花雪月客栈", null);
    index.upsert(kept);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        int writer = w;
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 3000; i++) {
                    ScreeningSubject s = business("大理古城" + writer + "-" + i + "客栈", null);
                    index.upsert(s);
                    if (i % 2 == 0) {
                      index.remove(s.entryId());
                    }
                  }
                }));
      }
      for (int r = 0; r < 2; r++) {
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 2000; i++) {
                    assertThat(index.search(byName("風花雪月客棧")))
                        .extracting(ScreeningHit::entryId)
                        .containsExactly(kept.entryId());
                  }
                }));
      }
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(index.size()).isEqualTo(1 + 2 * 1500);
  }
}
