package org.tourismpolicing.core.i18n;

import jakarta.enterprise.context.ApplicationScoped;

/** Core's texts: problem titles and details, value rules, tenant configuration. */
@ApplicationScoped
public class CoreMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.tourismpolicing.core.i18n.messages";
  }
}
