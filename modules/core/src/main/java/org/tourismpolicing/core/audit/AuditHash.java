package org.tourismpolicing.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The SHA-256 link of the audit chain: over every field of a record and its predecessor's hash. */
final class AuditHash {

  /** The predecessor of a tenant's first record. */
  static final String GENESIS = "0".repeat(64);

  private static final char SEPARATOR = '\u001f';

  private AuditHash() {}

  static String of(
      String tenant,
      long seq,
      Instant recordedAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String before,
      String after,
      String prevHash) {
    StringBuilder b = new StringBuilder(256);
    for (Object part :
        new Object[] {
          tenant,
          seq,
          recordedAt.toString(),
          actor,
          action,
          subjectType,
          subjectId,
          before == null ? "" : before,
          after == null ? "" : after,
          prevHash
        }) {
      b.append(part).append(SEPARATOR);
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String of(String tenant, AuditRecord r) {
    return of(
        tenant,
        r.seq(),
        r.recordedAt(),
        r.actor(),
        r.action(),
        r.subjectType(),
        r.subjectId(),
        r.beforeState(),
        r.afterState(),
        r.prevHash());
  }
}
