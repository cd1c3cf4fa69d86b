package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tourismpolicing.core.i18n.MessageBundle;

/** The dispatch module's texts (zh-CN and en). */
@ApplicationScoped
public class DispatchMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.tourismpolicing.dispatch.messages";
  }
}
