package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void holdsNoMoreWordsThanItsCapacityAndGivesTheRestIdsOfTheirSpelling() {
    Vocabulary vocabulary = new Vocabulary(3, List.of());
    int alpha = vocabulary.id("alpha");
    vocabulary.id("beta");
    vocabulary.id("gamma");

    int delta = vocabulary.id("delta");
    int epsilon = vocabulary.id("epsilon");

    assertThat(vocabulary.size()).isEqualTo(3);
    assertThat(Vocabulary.isOverflow(alpha)).isFalse();
    assertThat(vocabulary.word(alpha)).isEqualTo("alpha");
    assertThat(Vocabulary.isOverflow(delta)).isTrue();
    assertThat(vocabulary.id("delta")).isEqualTo(delta);
    assertThat(vocabulary.find("delta")).isEqualTo(delta);
    assertThat(epsilon).isNotEqualTo(delta);
    assertThat(vocabulary.size()).isEqualTo(3);
  }

  @Test
  void findNeverAddsAWord() {
    Vocabulary vocabulary = new Vocabulary(100, List.of("feng"));
    int unknown = vocabulary.find("zqxwv");

    assertThat(vocabulary.size()).isEqualTo(1);
    assertThat(Vocabulary.isOverflow(unknown)).isTrue();
    assertThat(vocabulary.find("feng")).isEqualTo(vocabulary.id("feng"));
    // once a listed name brings the word, it is held
    int held = vocabulary.id("zqxwv");
    assertThat(Vocabulary.isOverflow(held)).isFalse();
    assertThat(vocabulary.find("zqxwv")).isEqualTo(held);
  }

  @Test
  void numbersAreNeverHeldAndAreKnownAsNumbers() {
    Vocabulary vocabulary = new Vocabulary(100, List.of());
    int eightyEight = vocabulary.id("88");

    assertThat(vocabulary.size()).isZero();
    assertThat(Vocabulary.isNumber(eightyEight)).isTrue();
    assertThat(vocabulary.find("88")).isEqualTo(eightyEight);
    assertThat(vocabulary.id("66")).isNotEqualTo(eightyEight);
    assertThat(Vocabulary.isNumber(vocabulary.id("bluesky"))).isFalse();
    assertThat(Vocabulary.isNumber(vocabulary.find("neverseen"))).isFalse();
  }

  @Test
  void searchesOfEveryKindAddNoWordToTheSharedVocabulary() {
    ScreeningIndex index = new ScreeningIndex();
    index.upsert(
        new ScreeningSubject(
            UUID.randomUUID(), SubjectKind.BUSINESS, "GoodTime Bar 88", List.of(), null, null));
    Random random = new Random(11);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      StringBuilder word = new StringBuilder();
      for (int c = 0; c < 8; c++) {
        word.append((char) ('a' + random.nextInt(26)));
      }
      queries.add(word + " " + random.nextInt(1_000_000) + " inn");
      queries.add("大理" + word + "客栈");
      queries.add("Good Time " + word);
    }
    int before = NameAnalyser.VOCABULARY.size();

    for (String query : queries) {
      index.search(new ScreeningQuery(null, query, null, null, 0.5, 10));
      index.search(new ScreeningQuery(SubjectKind.PERSON, query, null, null, 0.5, 10));
    }

    assertThat(NameAnalyser.VOCABULARY.size()).isEqualTo(before);
    // and a query's words are still compared by their spelling
    assertThat(index.search(new ScreeningQuery(null, "Good Time Bar 88", null, null, 0.8, 10)))
        .hasSize(1);
  }

  @Test
  void theSharedVocabularyHasADocumentedCapacity() {
    assertThat(NameAnalyser.VOCABULARY.capacity()).isEqualTo(Vocabulary.DEFAULT_CAPACITY);
    assertThat(Vocabulary.DEFAULT_CAPACITY).isEqualTo(131_072);
  }
}
