package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tourismpolicing.core.i18n.MessageBundle;

/** The kiosk registry's texts (zh-CN and en). */
@ApplicationScoped
public class KioskRegistryMessages implements MessageBundle {

  @Override
  public String baseName() {
    return "org.tourismpolicing.kioskregistry.messages";
  }
}
