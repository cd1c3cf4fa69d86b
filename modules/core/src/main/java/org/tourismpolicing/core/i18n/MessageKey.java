package org.tourismpolicing.core.i18n;

/**
 * A message argument that is itself a text to translate (the name of a kind of thing: "kiosk" /
 * "警务亭"), resolved in the same language as the message it goes into.
 */
public record MessageKey(String code) {}
