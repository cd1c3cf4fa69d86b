package org.tourismpolicing.core.i18n;

/**
 * A module's message bundle (English base file plus {@code _zh_CN}). Core looks message codes up in
 * every bundle a deployed module declares, so each module keeps its own texts. Implement as an
 * {@code @ApplicationScoped} bean.
 */
public interface MessageBundle {

  /** Base name of the bundle, e.g. {@code org.tourismpolicing.kioskregistry.messages}. */
  String baseName();
}
