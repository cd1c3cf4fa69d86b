package org.tourismpolicing.referenceapp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's bookkeeping, without running a benchmark: no timing is checked here. */
class BenchmarkReportTest {

  @Test
  void replacesOnlyTheMarkedSection() {
    String document =
        "# Performance\n\nprose quoting `"
            + BenchmarkReport.BEGIN
            + "`\n\n"
            + BenchmarkReport.BEGIN
            + "\nold figures\n"
            + BenchmarkReport.END
            + "\n\nmore prose\n";

    String updated =
        BenchmarkReport.replaceSection(
            document, BenchmarkReport.BEGIN + "\nnew figures\n" + BenchmarkReport.END);

    assertThat(updated)
        .isEqualTo(
            "# Performance\n\nprose quoting `"
                + BenchmarkReport.BEGIN
                + "`\n\n"
                + BenchmarkReport.BEGIN
                + "\nnew figures\n"
                + BenchmarkReport.END
                + "\n\nmore prose\n");
  }

  @Test
  void refusesADocumentWithoutMarkers() {
    assertThatThrownBy(() -> BenchmarkReport.replaceSection("# Performance\n", "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(BenchmarkReport.BEGIN);
  }

  @Test
  void readsCountsAndPercentilesFromGatlingsStatisticsTable() {
    String html =
        """
        <th id="col-2" class="header sortable"><span>Total</span></th>
        <th id="col-4" class="header sortable"><span>KO</span></th>
        <th id="col-6" class="header sortable"><span><abbr title="Count">Cnt/s</abbr></span></th>
        <th id="col-8" class="header sortable"><span>50th pct</span></th>
        <th id="col-11" class="header sortable"><span>99th pct</span></th>
        <tr id="req_ping"><td><span class="ellipsed-name">ping</span></td>
          <td class="value total col-2">40301</td><td class="value ko col-4">2</td>
          <td class="value total col-6">839.6</td><td class="value total col-8">1</td>
          <td class="value total col-11">10</td></tr>
        <tr id="req_x"><td><span class="ellipsed-name">staff kiosk list</span></td>
          <td class="value total col-2">1163</td><td class="value ko col-4">0</td>
          <td class="value total col-6">24.23</td><td class="value total col-8">64</td>
          <td class="value total col-11">228</td></tr>
        """;

    var stats = GatlingStats.parse(html);

    assertThat(stats.get("ping")).isEqualTo(new GatlingStats.Request("ping", 40301, 2, 1, 10));
    assertThat(stats.get("staff kiosk list").p99()).isEqualTo(228);
  }

  @Test
  void medianOfAnEvenNumberOfValuesIsTheMeanOfTheMiddleTwo() {
    assertThat(BenchmarkReport.median(List.of(3.0, 1.0, 4.0, 2.0))).isEqualTo(2.5);
    assertThat(BenchmarkReport.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
  }
}
