package org.tourismpolicing.core.tenant.config;

import java.util.List;
import java.util.stream.Collectors;

/** A tenant's documents were refused; the tenant was not loaded (nor half-loaded). */
public class TenantConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String tenant;
  private final transient List<ConfigProblem> problems;

  public TenantConfigException(String tenant, List<ConfigProblem> problems) {
    super(
        "tenant "
            + tenant
            + " refused: "
            + problems.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
    this.tenant = tenant;
    this.problems = List.copyOf(problems);
  }

  public String tenant() {
    return tenant;
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
