package org.tourismpolicing.blacklist.domain;

/**
 * How personal data is shown where it must not be shown in full: names keep their first and last
 * character ({@code 张三丰} → {@code 张*丰}, {@code 李四} → {@code 李*}), phone numbers their first three
 * and last four digits.
 */
public final class Masking {

  private Masking() {}

  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    int[] cps = name.strip().codePoints().toArray();
    if (cps.length == 1) {
      return "*";
    }
    if (cps.length == 2) {
      return new String(cps, 0, 1) + "*";
    }
    return new String(cps, 0, 1) + "*".repeat(cps.length - 2) + new String(cps, cps.length - 1, 1);
  }

  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() < 8) {
      return "*".repeat(digits.length());
    }
    return digits.substring(0, 3)
        + "*".repeat(digits.length() - 7)
        + digits.substring(digits.length() - 4);
  }
}
