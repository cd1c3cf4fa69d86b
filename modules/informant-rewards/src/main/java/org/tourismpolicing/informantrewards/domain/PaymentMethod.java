package org.tourismpolicing.informantrewards.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a reward reaches the informant. */
public enum PaymentMethod {
  /** Handed over in person against the tip's receipt code, recorded by the handler. */
  CASH,
  BANK_TRANSFER,
  MOBILE_PAYMENT;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<PaymentMethod> fromCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
  }
}
