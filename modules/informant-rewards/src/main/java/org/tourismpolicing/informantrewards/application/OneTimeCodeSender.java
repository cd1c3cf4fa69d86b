package org.tourismpolicing.informantrewards.application;

import org.tourismpolicing.core.tenant.TenantId;

/**
 * Sends a registration's one-time code to the informant's phone. The module ships {@link
 * LogOneTimeCodeSender} for development and tests; production supplies an SMS gateway as a CDI
 * {@code @Alternative @Priority} bean implementing this interface.
 */
public interface OneTimeCodeSender {

  /**
   * @param phone the normalised mobile number, to be given to the gateway only; never log it
   * @param registrationId the registration the code confirms
   * @param code the six-digit code
   */
  void send(TenantId tenant, String phone, String registrationId, String code);
}
