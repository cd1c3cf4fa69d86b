package org.tourismpolicing.core.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * Stores a {@link LocalizedText} as a small JSON object ({@code {"zh-CN": "南门", "en": "South
 * Gate"}}) in one column, so a tenant can add languages without a schema change.
 */
@Converter(autoApply = true)
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Type MAP =
      new LinkedHashMap<String, String>() {}.getClass().getGenericSuperclass();

  @Override
  public String convertToDatabaseColumn(LocalizedText text) {
    return text == null ? null : JSON.toJson(new LinkedHashMap<>(text.values()));
  }

  @Override
  public LocalizedText convertToEntityAttribute(String json) {
    if (json == null) {
      return null;
    }
    if (json.isEmpty()) {
      return new LocalizedText(Map.of());
    }
    Map<String, String> values = JSON.fromJson(json, MAP);
    return new LocalizedText(values);
  }
}
