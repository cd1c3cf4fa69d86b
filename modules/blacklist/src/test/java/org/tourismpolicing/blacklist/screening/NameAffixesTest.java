package org.tourismpolicing.blacklist.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameAffixesTest {

  @Test
  void theDefaultsHoldPlacesLegalFormsAndGroupedTrades() {
    List<NameAffixes.Affix> affixes = NameAffixes.defaults().affixes();

    assertThat(affixes).contains(new NameAffixes.Affix("大理", NameAffixes.Role.PLACE, null));
    assertThat(affixes).contains(new NameAffixes.Affix("有限公司", NameAffixes.Role.LEGAL_FORM, null));
    assertThat(affixes).contains(new NameAffixes.Affix("客栈", NameAffixes.Role.TRADE, "lodging"));
    assertThat(affixes).contains(new NameAffixes.Affix("旅行社", NameAffixes.Role.TRADE, "travel"));
  }

  @Test
  void aJurisdictionMayBringItsOwnList() throws Exception {
    NameAffixes own =
        NameAffixes.parse(
            new StringReader("# Guilin\nplace: 桂林 阳朔\nlegal-form: 有限公司\ntrade lodging: 客栈 民宿\n"));
    ScreeningIndex index = new ScreeningIndex(own);
    ScreeningSubject inn =
        new ScreeningSubject(
            java.util.UUID.randomUUID(), SubjectKind.BUSINESS, "阳朔西街小院客栈", List.of(), null, null);
    index.upsert(inn);

    assertThat(own.affixes()).hasSize(5);
    assertThat(index.search(new ScreeningQuery(null, "西街小院民宿", null, null, 0.8, 10)))
        .extracting(ScreeningHit::entryId)
        .containsExactly(inn.entryId());
  }

  @Test
  void aJurisdictionsStreetWordsAreItsOwn() throws Exception {
    // Guilin's 西街 is a street there: with 街 listed, two shops on it do not meet by their street
    NameAffixes withStreets =
        NameAffixes.parse(
            new StringReader("place: 桂林 阳朔\nstreet: 街 路\nhouse-number: 号\ntrade lodging: 客栈\n"));
    NameAffixes without = NameAffixes.parse(new StringReader("place: 桂林 阳朔\ntrade lodging: 客栈\n"));
    assertThat(withStreets.affixes())
        .extracting(NameAffixes.Affix::role)
        .contains(NameAffixes.Role.STREET, NameAffixes.Role.HOUSE_NUMBER);

    ScreeningQuery otherShop = new ScreeningQuery(null, "阳朔西街小院客栈", null, null, 0.8, 10);
    for (NameAffixes affixes : List.of(withStreets, without)) {
      ScreeningIndex index = new ScreeningIndex(affixes);
      index.upsert(
          new ScreeningSubject(
              java.util.UUID.randomUUID(),
              SubjectKind.BUSINESS,
              "阳朔西街小楼客栈",
              List.of(),
              null,
              null));
      assertThat(index.search(otherShop))
          .as("%s", affixes.affixes())
          .hasSize(affixes == without ? 1 : 0);
    }
  }

  @Test
  void aLineThatIsNotUnderstoodIsNamed() {
    assertThatThrownBy(() -> NameAffixes.parse(new StringReader("place: 大理\ntown 古城\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> NameAffixes.parse(new StringReader("shop: 店\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }
}
