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
  void aLineThatIsNotUnderstoodIsNamed() {
    assertThatThrownBy(() -> NameAffixes.parse(new StringReader("place: 大理\ntown 古城\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> NameAffixes.parse(new StringReader("shop: 店\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }
}
