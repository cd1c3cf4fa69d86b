package org.tourismpolicing.core.tenant;

import java.util.Set;
import java.util.regex.Pattern;
import org.tourismpolicing.core.validation.InvalidValueException;

/**
 * Stable identifier of a tenant (a jurisdiction: a station or a scenic area), such as {@code
 * dali-gucheng}. Lower-case letters, digits and hyphens; it appears in URLs and in every
 * tenant-owned row, so it never changes once a tenant exists.
 */
public record TenantId(String value) {

  private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_LENGTH = 40;

  /** Path segments that name platform endpoints and so can never be tenant ids. */
  private static final Set<String> RESERVED =
      Set.of("platform", "dev", "public", "openapi", "health");

  public TenantId {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("tenant-id.required", "a tenant id is required");
    }
    if (value.length() > MAX_LENGTH || !SYNTAX.matcher(value).matches()) {
      throw new InvalidValueException(
          "tenant-id.syntax",
          "tenant id '"
              + value
              + "' must be lower-case letters, digits and single hyphens, at most 40",
          value);
    }
    if (RESERVED.contains(value)) {
      throw new InvalidValueException(
          "tenant-id.reserved", "tenant id '" + value + "' is reserved", value);
    }
  }

  public static TenantId of(String value) {
    return new TenantId(value);
  }

  /** True when {@code candidate} would be accepted, without throwing. */
  public static boolean isValid(String candidate) {
    return candidate != null
        && candidate.length() <= MAX_LENGTH
        && SYNTAX.matcher(candidate).matches()
        && !RESERVED.contains(candidate);
  }

  @Override
  public String toString() {
    return value;
  }
}
