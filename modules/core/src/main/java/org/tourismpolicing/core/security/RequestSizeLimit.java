package org.tourismpolicing.core.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;
import org.tourismpolicing.core.problem.ProblemWriter;
import org.tourismpolicing.core.rest.ModuleResources;

/**
 * Refuses request bodies above {@code tp.request.max-body-bytes} (413) before anything reads them,
 * whether the client declared the length or streams it in chunks. Files sent as the raw body
 * (images, PDF, octet streams: evidence, photos) have their own, larger limit, {@code
 * tp.request.max-upload-bytes}; the module that takes them applies its own, tenant-set limit within
 * it. Only for the modules' resources (after matching, still before anything reads the body): a
 * host application's uploads keep whatever limit the host sets.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimit implements ContainerRequestFilter {

  @Inject
  @ConfigProperty(name = "tp.request.max-body-bytes", defaultValue = "65536")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "tp.request.max-upload-bytes", defaultValue = "10485760")
  long maxUploadBytes;

  @Inject ProblemWriter problems;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!ModuleResources.owns(resource)) {
      return;
    }
    long maxBytes = isFile(request.getMediaType()) ? maxUploadBytes : this.maxBytes;
    if (request.getLength() > maxBytes) {
      request.abortWith(
          problems.write(
              ProblemType.PAYLOAD_TOO_LARGE,
              "payload-too-large.detail",
              List.of(String.valueOf(maxBytes)),
              List.of(),
              headers,
              uri,
              null));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
    }
  }

  /** A file sent as the raw body: an image, a PDF or an octet stream. */
  static boolean isFile(MediaType type) {
    if (type == null) {
      return false;
    }
    return type.getType().equalsIgnoreCase("image")
        || (type.getType().equalsIgnoreCase("application")
            && (type.getSubtype().equalsIgnoreCase("pdf")
                || type.getSubtype().equalsIgnoreCase("octet-stream")));
  }

  /** Counts what is read and stops at the limit, for bodies sent without a Content-Length. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new ProblemException(
            ProblemType.PAYLOAD_TOO_LARGE, "payload-too-large.detail", String.valueOf(max));
      }
    }
  }
}
