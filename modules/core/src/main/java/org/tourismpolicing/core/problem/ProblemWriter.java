package org.tourismpolicing.core.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tourismpolicing.core.i18n.Messages;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Writes problem answers in the caller's language (Accept-Language, else the tenant's). The same
 * body serves a JAX-RS answer ({@link #write}) and the container's error page ({@link #render}).
 */
@ApplicationScoped
public class ProblemWriter {

  /** Arguments echoed from the request (an unknown tenant id, a value) are cut to this length. */
  static final int MAX_ECHO = 80;

  @Inject Messages messages;
  @Inject TenantContext tenantContext;
  @Inject TenantDirectory tenants;
  @Inject Event<ProblemAnswered> answered;

  /** A problem body and the language it is written in. */
  public record Rendered(Problem body, Locale language) {}

  public Response write(
      ProblemType type,
      String code,
      List<Object> args,
      List<FieldError> fields,
      HttpHeaders headers,
      UriInfo uri,
      String errorId) {
    return write(type, code, args, fields, ProblemRequest.of(headers, uri), errorId);
  }

  public Response write(ProblemException e, HttpHeaders headers, UriInfo uri) {
    return write(e, ProblemRequest.of(headers, uri));
  }

  public Response write(ProblemException e, ProblemRequest request) {
    return write(e.type(), e.code(), e.args(), e.fieldErrors(), request, null);
  }

  public Response write(
      ProblemType type,
      String code,
      List<Object> args,
      List<FieldError> fields,
      ProblemRequest request,
      String errorId) {
    Rendered rendered = render(type, code, args, fields, request, errorId);
    return Response.status(rendered.body().status())
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, rendered.language().toLanguageTag())
        .entity(rendered.body())
        .build();
  }

  /** The body of a problem and its language, for a caller who is not answered through JAX-RS. */
  public Rendered render(
      ProblemType type,
      String code,
      List<Object> args,
      List<FieldError> fields,
      ProblemRequest request,
      String errorId) {
    count(type);
    Locale locale = language(request.languages());
    List<Problem.Error> errors =
        fields.isEmpty()
            ? null
            : fields.stream()
                .map(
                    f ->
                        new Problem.Error(
                            f.field(),
                            f.code(),
                            messages.text(f.code(), locale, shorten(f.args()))))
                .toList();
    Problem body =
        new Problem(
            type.uri(),
            messages.text("problem." + type.code() + ".title", locale, List.of()),
            type.status(),
            messages.text(code, locale, shorten(args)),
            request.instance(),
            code,
            errors,
            errorId);
    return new Rendered(body, locale);
  }

  /** Echoed text is cut, so a crafted address of 20 000 characters is not mirrored back whole. */
  static List<Object> shorten(List<Object> args) {
    if (args.stream().noneMatch(a -> a instanceof String s && s.length() > MAX_ECHO)) {
      return args;
    }
    return args.stream()
        .map(
            a ->
                a instanceof String s && s.length() > MAX_ECHO
                    ? (Object) (s.substring(0, MAX_ECHO) + "…")
                    : a)
        .toList();
  }

  /** Tells observers (metrics) of each refusal; nothing happens if nobody listens. */
  private void count(ProblemType type) {
    answered.fire(new ProblemAnswered(type));
  }

  private Locale language(List<Locale> preferred) {
    Locale fallback =
        tenantContextOrEmpty()
            .flatMap(tenants::find)
            .map(t -> t.defaultLanguage())
            .orElse(Locale.SIMPLIFIED_CHINESE);
    return Messages.choose(preferred, fallback);
  }

  private Optional<TenantId> tenantContextOrEmpty() {
    try {
      return tenantContext.current();
    } catch (RuntimeException noRequestContext) {
      return Optional.empty();
    }
  }
}
