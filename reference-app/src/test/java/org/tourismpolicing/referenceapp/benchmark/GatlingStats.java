package org.tourismpolicing.referenceapp.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-request statistics of a Gatling run, read from the statistics table of its HTML report
 * ({@code index.html}). Gatling 3.15 writes no JSON statistics and its {@code simulation.log} is a
 * binary format of its own, so the table the report shows is the one source: columns are found by
 * their headings ("Total", "KO", "50th pct", "99th pct"), rows by request name.
 */
final class GatlingStats {

  /** One request name's counts and response-time percentiles (whole milliseconds). */
  record Request(String name, long total, long ko, long p50, long p99) {}

  private static final Pattern HEADING =
      Pattern.compile(
          "<th id=\"col-(\\d+)\"[^>]*>\\s*<span>(?:<abbr[^>]*>)?([^<]+)", Pattern.DOTALL);
  private static final Pattern ROW =
      Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("col-(\\d+)\">([^<]*)</td>");

  private GatlingStats() {}

  static Map<String, Request> read(Path indexHtml) throws IOException {
    return parse(Files.readString(indexHtml, StandardCharsets.UTF_8));
  }

  static Map<String, Request> parse(String html) {
    Map<String, String> columns = new LinkedHashMap<>();
    Matcher h = HEADING.matcher(html);
    while (h.find()) {
      columns.put(h.group(2).trim(), h.group(1));
    }
    for (String needed : List.of("Total", "KO", "50th pct", "99th pct")) {
      if (!columns.containsKey(needed)) {
        throw new IllegalStateException(
            "Gatling's report has no column \""
                + needed
                + "\" (found "
                + columns.keySet()
                + "); are percentile1 = 50 and percentile4 = 99 in gatling.conf?");
      }
    }
    Map<String, Request> requests = new LinkedHashMap<>();
    Matcher r = ROW.matcher(html);
    while (r.find()) {
      String name = unescape(r.group(1).trim());
      Map<String, String> cells = new LinkedHashMap<>();
      Matcher c = CELL.matcher(r.group(2));
      while (c.find()) {
        cells.put(c.group(1), c.group(2).trim());
      }
      requests.put(
          name,
          new Request(
              name,
              number(cells.get(columns.get("Total"))),
              number(cells.get(columns.get("KO"))),
              number(cells.get(columns.get("50th pct"))),
              number(cells.get(columns.get("99th pct")))));
    }
    if (requests.isEmpty()) {
      throw new IllegalStateException("no request statistics found in Gatling's report");
    }
    return requests;
  }

  private static long number(String cell) {
    if (cell == null || cell.isEmpty() || cell.equals("-")) {
      return 0;
    }
    return Math.round(Double.parseDouble(cell.replace(",", "")));
  }

  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
