package org.tourismpolicing.core.tenant.config;

/**
 * One thing wrong in a tenant's documents: which document ({@code tenant.yaml}, {@code
 * kiosk-registry.yaml}), where in it (a JSON pointer such as {@code /zones/1/polygon}), and what.
 */
public record ConfigProblem(String document, String field, String message) {

  @Override
  public String toString() {
    return document + (field == null || field.isEmpty() ? "" : " " + field) + ": " + message;
  }
}
