package org.tourismpolicing.referenceapp.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Command-line arguments of the benchmark's programs: words, and options as --name=value. */
final class Args {

  private final List<String> words = new ArrayList<>();
  private final Map<String, String> options = new LinkedHashMap<>();

  Args(String[] args) {
    for (String a : args) {
      if (a.startsWith("--") && a.contains("=")) {
        int eq = a.indexOf('=');
        options.put(a.substring(2, eq), a.substring(eq + 1));
      } else {
        words.add(a);
      }
    }
  }

  String word(int index) {
    if (index >= words.size()) {
      throw new IllegalArgumentException("missing argument " + (index + 1));
    }
    return words.get(index);
  }

  String get(String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing --" + name + "=…");
    }
    return value;
  }

  Path path(String name) {
    return Path.of(get(name));
  }

  int integer(String name) {
    return Integer.parseInt(get(name));
  }
}
