package org.tourismpolicing.dispatch.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PatrolMode} as its code. Rows written while the modes were a Java enum hold the
 * enum's name ({@code PLAIN_CLOTHES}); the module's V2 migration rewrote them as codes.
 */
@Converter
public class PatrolModeColumn implements AttributeConverter<PatrolMode, String> {

  @Override
  public String convertToDatabaseColumn(PatrolMode mode) {
    return mode == null ? null : mode.code();
  }

  @Override
  public PatrolMode convertToEntityAttribute(String code) {
    return code == null ? null : new PatrolMode(code);
  }
}
