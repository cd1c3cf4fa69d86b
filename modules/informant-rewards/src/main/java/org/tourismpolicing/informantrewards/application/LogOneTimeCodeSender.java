package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.security.DevMode;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * The default "SMS gateway": writes the code and the registration id (never the phone number) to
 * the server log. Active when {@code tp.informant-rewards.sms.sender=log}, which is the default in
 * development mode; otherwise, unless a real gateway replaces this bean, sending answers 503 so a
 * production server never silently keeps codes in its log.
 */
@ApplicationScoped
public class LogOneTimeCodeSender implements OneTimeCodeSender {

  public static final String SETTING = "tp.informant-rewards.sms.sender";

  private static final Logger LOG = Logger.getLogger(LogOneTimeCodeSender.class.getName());

  @Inject
  @ConfigProperty(name = SETTING)
  Optional<String> sender;

  @Override
  public void send(TenantId tenant, String phone, String registrationId, String code) {
    boolean log = sender.map("log"::equals).orElse(DevMode.isEnabled());
    if (!log) {
      throw new ProblemException(ProblemType.UNAVAILABLE, "informant.sms.unavailable", SETTING);
    }
    LOG.info(
        "informant rewards: one-time code "
            + code
            + " for registration "
            + registrationId
            + " of tenant "
            + tenant.value());
  }
}
