package com.example.policesystem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The host's own way of answering a broken dependency: 418 and a line of plain text. */
@Provider
public class StoreOfflineMapper implements ExceptionMapper<IllegalStateException> {

  @Override
  public Response toResponse(IllegalStateException e) {
    return Response.status(418)
        .type(MediaType.TEXT_PLAIN)
        .entity("police system: " + e.getMessage())
        .build();
  }
}
