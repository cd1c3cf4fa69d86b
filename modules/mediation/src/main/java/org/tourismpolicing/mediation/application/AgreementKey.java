package org.tourismpolicing.mediation.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key under which agreements' verification codes are derived: {@code
 * tp.mediation.agreement-key} (base64, at least 32 bytes). Without it a random key is made at
 * start-up: codes stay valid (they are stored with their agreements) but cannot be recomputed from
 * the agreement after a restart, which a deployment that wants offline checks should avoid.
 */
@ApplicationScoped
public class AgreementKey {

  static final String PROPERTY = "tp.mediation.agreement-key";

  private static final Logger LOG = Logger.getLogger(AgreementKey.class.getName());

  @Inject
  @ConfigProperty(name = PROPERTY)
  Optional<String> configured;

  private byte[] key;

  @PostConstruct
  void load() {
    if (configured.isPresent() && !configured.get().isBlank()) {
      try {
        key = Base64.getDecoder().decode(configured.get().trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(PROPERTY + " is not base64", e);
      }
      if (key.length < 32) {
        throw new IllegalStateException(PROPERTY + " must hold at least 32 bytes");
      }
    } else {
      key = new byte[32];
      new SecureRandom().nextBytes(key);
      LOG.warning(
          PROPERTY
              + " is not set: agreement verification codes are made with a key of this run only");
    }
  }

  byte[] bytes() {
    return key.clone();
  }
}
