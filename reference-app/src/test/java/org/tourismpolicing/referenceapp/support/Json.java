package org.tourismpolicing.referenceapp.support;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Request bodies written as JSON text, so that no client-side object mapper is involved. */
public final class Json {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** An object from alternating names and values; values may be null, maps, lists or nodes. */
  public static Map<String, Object> map(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must alternate");
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  /** The JSON text of an object given as alternating names and values. */
  public static String of(Object... namesAndValues) {
    return write(map(namesAndValues));
  }

  public static String write(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  public static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }
}
