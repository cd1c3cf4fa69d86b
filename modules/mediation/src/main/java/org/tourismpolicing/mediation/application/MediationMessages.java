package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tourismpolicing.core.i18n.MessageBundle;

/** The mediation module's texts (zh-CN and en). */
@ApplicationScoped
public class MediationMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.tourismpolicing.mediation.messages";
  }
}
