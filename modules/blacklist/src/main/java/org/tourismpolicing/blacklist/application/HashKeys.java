package org.tourismpolicing.blacklist.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.DevMode;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Keyed hashes (HMAC-SHA256) of persons' resident ID numbers and phone numbers: the blacklist never
 * stores them in clear, and screening hashes the query the same way.
 *
 * <p>Keys, base64 of at least 32 bytes: {@code tp.blacklist.hash-key.<tenant>} for one tenant,
 * {@code tp.blacklist.hash-key.shared} for the deployment's shared lists (so tenants match each
 * other's persons), or else derived from the master key {@code tp.blacklist.hash-key} (or the file
 * named by {@code tp.blacklist.hash-key-file}). Without any, development mode makes a throw-away
 * master key and says so; otherwise hashing answers 503 naming the missing key, since a changed key
 * would silently stop matching every stored person.
 */
@ApplicationScoped
public class HashKeys {

  static final String PREFIX = "tp.blacklist.hash-key";
  static final String FILE = "tp.blacklist.hash-key-file";

  private static final Logger LOG = Logger.getLogger(HashKeys.class.getName());

  @Inject Config config;

  private byte[] master;

  @PostConstruct
  void load() {
    Optional<String> text = config.getOptionalValue(PREFIX, String.class);
    Optional<String> file = config.getOptionalValue(FILE, String.class);
    if (text.isPresent() && !text.get().isBlank()) {
      master = decode(PREFIX, text.get());
    } else if (file.isPresent() && !file.get().isBlank()) {
      try {
        master = decode(FILE, Files.readString(Path.of(file.get()), StandardCharsets.US_ASCII));
      } catch (IOException e) {
        throw new IllegalStateException(FILE + ": cannot read " + file.get(), e);
      }
    } else if (DevMode.isEnabled()) {
      master = new byte[32];
      new SecureRandom().nextBytes(master);
      LOG.warning(
          PREFIX
              + " is not set: development mode hashes ID and phone numbers with a throw-away key"
              + " of this run; stored persons will not match after a restart");
    }
  }

  /** The tenant's keyed hash of {@code value} (hex). */
  public String hash(TenantId tenant, String value) {
    return hmac(key(PREFIX + "." + tenant.value(), "tenant:" + tenant.value()), value);
  }

  /** The deployment-wide keyed hash of {@code value}, for shared lists. */
  public String sharedHash(String value) {
    return hmac(key(PREFIX + ".shared", "shared"), value);
  }

  private byte[] key(String property, String derivation) {
    Optional<String> own = config.getOptionalValue(property, String.class);
    if (own.isPresent() && !own.get().isBlank()) {
      return decode(property, own.get());
    }
    if (master == null) {
      throw new ProblemException(ProblemType.UNAVAILABLE, "blacklist.hash-key.missing", property);
    }
    return mac(master, derivation.getBytes(StandardCharsets.UTF_8));
  }

  private static String hmac(byte[] key, String value) {
    return HexFormat.of().formatHex(mac(key, value.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] mac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decode(String property, String text) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(property + " is not base64", e);
    }
    if (key.length < 32) {
      throw new IllegalStateException(property + " must hold at least 32 bytes");
    }
    return key;
  }
}
