package org.tourismpolicing.core.tenant.config;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one document while it is checked. */
public final class ConfigProblems {

  private final String document;
  private final List<ConfigProblem> problems;

  ConfigProblems(String document, List<ConfigProblem> sink) {
    this.document = document;
    this.problems = sink;
  }

  /** A collector for tests and tools that check one document alone. */
  public static ConfigProblems forDocument(String document) {
    return new ConfigProblems(document, new ArrayList<>());
  }

  public void add(String field, String message) {
    problems.add(new ConfigProblem(document, field, message));
  }

  public String document() {
    return document;
  }

  public List<ConfigProblem> all() {
    return List.copyOf(problems);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }
}
