package com.example.policesystem;

import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The host's own endpoints, with no security annotation at all (the host secures them its own way,
 * or not): a read, a 100 KB JSON note, a 1 MB zip of scans, and failures of its own.
 */
@Path("case-files")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CaseFileResource {

  @GET
  @Path("{id}")
  public Map<String, Object> read(@PathParam("id") String id, @QueryParam("page") Integer page) {
    switch (id) {
      case "missing" -> throw new NotFoundException("no case file " + id);
      case "broken" -> throw new IllegalStateException("the case file store is offline");
      default -> {
        return Map.of("id", id, "page", page == null ? 1 : page);
      }
    }
  }

  @GET
  @Path("{id}/pages/{page}")
  public Map<String, Object> page(@PathParam("id") String id, @PathParam("page") @Min(1) int page) {
    return Map.of("id", id, "page", page);
  }

  @POST
  @Path("{id}/notes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> addNote(@PathParam("id") String id, String note) {
    return Map.of("id", id, "characters", note.length());
  }

  @POST
  @Path("{id}/scans")
  @Consumes("application/zip")
  public Map<String, Object> addScans(@PathParam("id") String id, InputStream zip)
      throws IOException {
    long bytes = zip.transferTo(java.io.OutputStream.nullOutputStream());
    return Map.of("id", id, "bytes", bytes);
  }
}
