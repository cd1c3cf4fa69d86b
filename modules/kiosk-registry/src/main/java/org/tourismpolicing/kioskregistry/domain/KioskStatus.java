package org.tourismpolicing.kioskregistry.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a kiosk serves at all. {@code OPEN} means it serves within its opening hours; {@code
 * SUSPENDED} takes it out of service for a while (officers called away, a storm), optionally until
 * a given time, after which it serves again by itself; {@code CLOSED} takes it out until someone
 * opens it again (works, end of season).
 */
public enum KioskStatus {
  OPEN("open"),
  SUSPENDED("suspended"),
  CLOSED("closed");

  private final String code;

  KioskStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<KioskStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }
}
