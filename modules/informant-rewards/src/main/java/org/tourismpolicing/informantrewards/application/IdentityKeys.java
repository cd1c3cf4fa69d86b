package org.tourismpolicing.informantrewards.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.tourismpolicing.core.persistence.StartupOrder;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.DevMode;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.informantrewards.domain.IdentityCipher;
import org.tourismpolicing.informantrewards.domain.IdentityKeyRing;
import org.tourismpolicing.informantrewards.domain.KeyedHash;

/**
 * The identity keys of each tenant, from MicroProfile Config ({@code
 * tp.informant-rewards.keys.<tenant>=k2:<base64>,k1:<base64>}, first active, and {@code
 * tp.informant-rewards.hash-key.<tenant>=<base64>}) or from the properties file named by {@code
 * tp.informant-rewards.keys-file} (a mounted secret). Without keys a tenant's identity features
 * answer 503 and start-up says so for every tenant; in development mode throw-away keys are made
 * instead, and the log says loudly that identities sealed with them die with the server.
 */
@ApplicationScoped
public class IdentityKeys {

  public static final String KEYS = "tp.informant-rewards.keys.";
  public static final String HASH_KEY = "tp.informant-rewards.hash-key.";
  public static final String KEYS_FILE = "tp.informant-rewards.keys-file";

  private static final Logger LOG = Logger.getLogger(IdentityKeys.class.getName());

  /** What one tenant seals identities with. */
  public record TenantKeys(IdentityCipher cipher, KeyedHash hash) {}

  @Inject Config config;
  @Inject TenantDirectory tenants;

  private final Map<String, TenantKeys> keys = new ConcurrentHashMap<>();
  private volatile Properties file;

  void onStart(
      @Observes @Priority(StartupOrder.TENANTS + 10) @Initialized(ApplicationScoped.class)
          Object ignored) {
    for (Tenant t : tenants.all()) {
      // a malformed key stops the start (IllegalStateException names the key); a missing one
      // disables only that tenant's identity features
      if (find(t.id()).isEmpty()) {
        LOG.severe(
            "informant rewards: no identity keys for tenant "
                + t.id().value()
                + "; set "
                + KEYS
                + t.id().value()
                + " and "
                + HASH_KEY
                + t.id().value()
                + " (or "
                + KEYS_FILE
                + "). Until then registration and unsealing answer 503 for this tenant;"
                + " anonymous tips still work.");
      }
    }
  }

  /** The tenant's keys, or 503 naming the missing setting. */
  public TenantKeys require(TenantId tenant) {
    return find(tenant)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.UNAVAILABLE, "informant.keys.missing", KEYS + tenant.value()));
  }

  public Optional<TenantKeys> find(TenantId tenant) {
    TenantKeys k = keys.get(tenant.value());
    if (k != null) {
      return Optional.of(k);
    }
    Optional<TenantKeys> loaded = load(tenant.value());
    loaded.ifPresent(v -> keys.putIfAbsent(tenant.value(), v));
    return loaded.map(v -> keys.get(tenant.value()));
  }

  private Optional<TenantKeys> load(String tenant) {
    Optional<String> ring = setting(KEYS + tenant);
    Optional<String> hash = setting(HASH_KEY + tenant);
    if (ring.isPresent() && hash.isPresent()) {
      try {
        return Optional.of(
            new TenantKeys(
                new IdentityCipher(tenant, IdentityKeyRing.parse(ring.get())),
                new KeyedHash(Base64.getDecoder().decode(hash.get().trim()))));
      } catch (IllegalArgumentException e) {
        // the message names what is wrong, never the key material
        throw new IllegalStateException(
            KEYS + tenant + " / " + HASH_KEY + tenant + ": " + e.getMessage());
      }
    }
    if (ring.isPresent() || hash.isPresent()) {
      throw new IllegalStateException(
          "informant rewards: set both " + KEYS + tenant + " and " + HASH_KEY + tenant);
    }
    if (DevMode.isEnabled()) {
      LOG.warning(
          "\n**********************************************************************\n"
              + "*  DEVELOPMENT MODE: throw-away identity keys made for tenant        *\n"
              + "*  "
              + String.format("%-66s", tenant)
              + "*\n"
              + "*  Informant identities sealed now cannot be read after a restart.  *\n"
              + "*  Production: set tp.informant-rewards.keys.<tenant> and           *\n"
              + "*  tp.informant-rewards.hash-key.<tenant>.                          *\n"
              + "**********************************************************************");
      SecureRandom random = new SecureRandom();
      byte[] key = new byte[32];
      byte[] hashKey = new byte[32];
      random.nextBytes(key);
      random.nextBytes(hashKey);
      return Optional.of(
          new TenantKeys(
              new IdentityCipher(
                  tenant, IdentityKeyRing.parse("dev:" + Base64.getEncoder().encodeToString(key))),
              new KeyedHash(hashKey)));
    }
    return Optional.empty();
  }

  private Optional<String> setting(String name) {
    Optional<String> direct = config.getOptionalValue(name, String.class);
    if (direct.isPresent()) {
      return direct;
    }
    return Optional.ofNullable(fileProperties().getProperty(name));
  }

  private Properties fileProperties() {
    Properties p = file;
    if (p == null) {
      p = new Properties();
      Optional<String> location = config.getOptionalValue(KEYS_FILE, String.class);
      if (location.isPresent()) {
        try (Reader r = Files.newBufferedReader(Path.of(location.get()), StandardCharsets.UTF_8)) {
          p.load(r);
        } catch (IOException e) {
          throw new IllegalStateException(KEYS_FILE + ": cannot read " + location.get(), e);
        }
      }
      file = p;
    }
    return p;
  }
}
