package org.tourismpolicing.core.security;

import java.security.interfaces.RSAPrivateKey;

/** Access to the development-mode signing key for the token endpoint, and only in dev mode. */
public final class DevModeTokens {

  private DevModeTokens() {}

  public static RSAPrivateKey signingKey() {
    if (!DevMode.isEnabled()) {
      throw new IllegalStateException("development mode is off");
    }
    return DevModeKeys.privateKey();
  }
}
