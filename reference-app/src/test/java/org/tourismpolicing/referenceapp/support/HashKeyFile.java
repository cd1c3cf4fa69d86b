package org.tourismpolicing.referenceapp.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writes a fresh blacklist hash key (base64 of 32 random bytes) for the test servers' {@code
 * tp.blacklist.hash-key-file}: made for each build in target/, never committed.
 */
public final class HashKeyFile {

  private HashKeyFile() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
  }
}
