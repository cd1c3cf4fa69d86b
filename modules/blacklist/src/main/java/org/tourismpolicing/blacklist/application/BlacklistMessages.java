package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tourismpolicing.core.i18n.MessageBundle;

/** The blacklist module's texts (zh-CN and en). */
@ApplicationScoped
public class BlacklistMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.tourismpolicing.blacklist.messages";
  }
}
