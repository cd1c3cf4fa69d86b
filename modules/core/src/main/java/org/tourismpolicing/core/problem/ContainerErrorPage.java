package org.tourismpolicing.core.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The web container's own refusals as problem answers. The container answers some requests before
 * any application code runs: an encoded slash or dot in the path, percent-escapes that are not
 * UTF-8, a header that JAX-RS cannot parse, a path outside the API, an exception that escaped a
 * filter. With this servlet as the application's error page ({@code <error-page>} in web.xml), each
 * becomes an RFC 9457 problem in the caller's language, and an unexpected failure is logged under
 * an error id instead of showing an exception class and a stack frame.
 *
 * <p>Not annotated as a servlet: error pages are a choice for the whole WAR, which belongs to the
 * assembling application (the reference app declares it), never to a module jar.
 */
public class ContainerErrorPage extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ContainerErrorPage.class.getName());

  @Inject transient ProblemWriter problems;

  private transient Jsonb jsonb;

  @Override
  public void init() {
    jsonb = JsonbBuilder.create();
  }

  @Override
  public void destroy() {
    try {
      jsonb.close();
    } catch (Exception ignored) {
      // nothing is left to release
    }
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // reached by its own address rather than as an error page: there is nothing there
    int status = code instanceof Integer i ? i : 404;
    Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (code == null) {
      path = request.getRequestURI();
    }
    if (failure != null && status == 500 && isBadAddress(failure)) {
      status = 400;
    }
    ProblemType type = ProblemType.ofStatus(status, ProblemType.BAD_REQUEST);
    String errorId = null;
    List<Object> args = List.of();
    String detail =
        switch (type) {
          case NOT_FOUND -> "not-found.path";
          case PAYLOAD_TOO_LARGE -> "payload-too-large.container";
          default -> type.code() + ".detail";
        };
    if (type == ProblemType.INTERNAL) {
      errorId = UUID.randomUUID().toString();
      args = List.of(errorId);
      String logged = errorId;
      String at = path;
      LOG.log(
          Level.SEVERE,
          failure,
          () -> "unexpected failure " + logged + " on " + at + " (answered by the error page)");
    }
    ProblemWriter.Rendered rendered =
        problems.render(
            type,
            detail,
            args,
            List.of(),
            new ProblemRequest(
                AcceptLanguage.preferred(request.getHeader("Accept-Language")),
                ProblemRequest.instance(path)),
            errorId);
    if (response.isCommitted()) {
      return; // part of an answer already went out: nothing sensible can follow it
    }
    response.resetBuffer();
    response.setStatus(rendered.body().status());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Language", rendered.language().toLanguageTag());
    byte[] body = jsonb.toJson(rendered.body()).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** The container refuses an encoded slash or dot in the path with an I/O failure. */
  private static boolean isBadAddress(Throwable failure) {
    for (Throwable c = failure; c != null; c = c.getCause()) {
      if (c instanceof IOException && String.valueOf(c.getMessage()).contains("CWWWC0005I")) {
        return true;
      }
    }
    return false;
  }
}
