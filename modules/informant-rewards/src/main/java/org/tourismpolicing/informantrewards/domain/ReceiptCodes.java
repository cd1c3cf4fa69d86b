package org.tourismpolicing.informantrewards.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes and pseudonyms in Crockford base32 (no I, L, O, U: nothing to misread). A receipt
 * code is 16 characters (80 random bits) in groups of four, shown once and stored only as its
 * SHA-256; typing is forgiving: lower case, spaces, dashes, O for 0 and I or L for 1 are accepted.
 */
public final class ReceiptCodes {

  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReceiptCodes() {}

  /** A new code, e.g. {@code 7QK3-M2ZD-9XHA-B41R}. */
  public static String newCode() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append('-');
      }
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  /**
   * A code derived from a keyed hash (hex, at least 20 digits = 80 bits), so the server can show
   * the code again to a client that retries the submission, without storing it.
   */
  public static String fromKeyedHash(String hex) {
    java.math.BigInteger bits = new java.math.BigInteger(hex.substring(0, 20), 16);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        s.append('-');
      }
      int shift = (LENGTH - 1 - i) * 5;
      s.append(ALPHABET.charAt(bits.shiftRight(shift).intValue() & 31));
    }
    return s.toString();
  }

  /** A pseudonym such as {@code RA-7QK3MZ}: what reviewers see instead of a person. */
  public static String newPseudonym() {
    StringBuilder s = new StringBuilder("RA-");
    for (int i = 0; i < 6; i++) {
      s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  /** The code as typed, normalised; empty when it cannot be a receipt code. */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder();
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ') {
        continue;
      }
      char mapped =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(mapped) < 0) {
        return Optional.empty();
      }
      s.append(mapped);
    }
    return s.length() == LENGTH ? Optional.of(s.toString()) : Optional.empty();
  }

  /** What is stored of a code: the SHA-256 of its normalised form (80 random bits need no salt). */
  public static String hash(String normalised) {
    return sha256(normalised);
  }

  public static String sha256Bytes(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
