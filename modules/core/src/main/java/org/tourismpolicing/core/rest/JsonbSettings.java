package org.tourismpolicing.core.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * How bodies are written: members in the order the record declares them (id and code first, as a
 * reader expects, instead of alphabetically), absent values left out.
 */
@Provider
public class JsonbSettings implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig()
              .withPropertyOrderStrategy(PropertyOrderStrategy.ANY)
              .withNullValues(false));

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
