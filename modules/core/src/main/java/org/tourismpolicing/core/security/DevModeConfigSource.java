package org.tourismpolicing.core.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In development mode, tells MicroProfile JWT to trust the development key and issuer. Outside it
 * this source is empty and the deployment's own {@code mp.jwt.verify.*} settings apply.
 */
public class DevModeConfigSource implements ConfigSource {

  static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
  static final String ISSUER = "mp.jwt.verify.issuer";

  @Override
  public Set<String> getPropertyNames() {
    return DevMode.isEnabled() ? Set.of(PUBLIC_KEY, ISSUER) : Set.of();
  }

  @Override
  public Map<String, String> getProperties() {
    return DevMode.isEnabled()
        ? Map.of(PUBLIC_KEY, DevModeKeys.publicKeyPem(), ISSUER, DevMode.ISSUER)
        : Map.of();
  }

  @Override
  public String getValue(String name) {
    if (!DevMode.isEnabled()) {
      return null;
    }
    return switch (name) {
      case PUBLIC_KEY -> DevModeKeys.publicKeyPem();
      case ISSUER -> DevMode.ISSUER;
      default -> null;
    };
  }

  @Override
  public String getName() {
    return "tourism-policing-dev-mode";
  }

  /** Above system properties and environment, so a stray production key cannot shadow it. */
  @Override
  public int getOrdinal() {
    return 600;
  }
}
