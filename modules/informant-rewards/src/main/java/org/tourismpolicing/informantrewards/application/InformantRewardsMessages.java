package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tourismpolicing.core.i18n.MessageBundle;

/** The informant rewards module's texts (zh-CN and en). */
@ApplicationScoped
public class InformantRewardsMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.tourismpolicing.informantrewards.messages";
  }
}
