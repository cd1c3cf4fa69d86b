package org.tourismpolicing.kioskregistry.domain;

import java.util.Arrays;
import java.util.Optional;

/** A police kiosk (警务亭, a small staffed booth) or a duty point (执勤点, a post without a booth). */
public enum KioskType {
  KIOSK("kiosk"),
  DUTY_POINT("duty-point");

  private final String code;

  KioskType(String code) {
    this.code = code;
  }

  /** The name on the wire and in tenant documents. */
  public String code() {
    return code;
  }

  public static Optional<KioskType> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
