package org.tourismpolicing.core.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.tourismpolicing.core.i18n.Messages;
import org.tourismpolicing.core.tenant.TenantContext;
import org.tourismpolicing.core.tenant.TenantDirectory;

/** Writes problem answers in the caller's language (Accept-Language, else the tenant's). */
@ApplicationScoped
public class ProblemWriter {

  @Inject Messages messages;
  @Inject TenantContext tenantContext;
  @Inject TenantDirectory tenants;
  @Inject Event<ProblemAnswered> answered;

  public Response write(
      ProblemType type,
      String code,
      List<Object> args,
      List<FieldError> fields,
      HttpHeaders headers,
      UriInfo uri,
      String errorId) {
    count(type);
    Locale locale = language(headers);
    List<Problem.Error> errors =
        fields.isEmpty()
            ? null
            : fields.stream()
                .map(
                    f ->
                        new Problem.Error(
                            f.field(), f.code(), messages.text(f.code(), locale, f.args())))
                .toList();
    Problem body =
        new Problem(
            type.uri(),
            messages.text("problem." + type.code() + ".title", locale, List.of()),
            type.status(),
            messages.text(code, locale, args),
            instance(uri),
            code,
            errors,
            errorId);
    return Response.status(type.status())
        .type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
        .entity(body)
        .build();
  }

  /** The path the problem happened at; none when the runtime cannot even parse the address. */
  private static String instance(UriInfo uri) {
    if (uri == null) {
      return null;
    }
    try {
      return uri.getRequestUri().getRawPath();
    } catch (IllegalArgumentException unparsable) {
      return null;
    }
  }

  public Response write(ProblemException e, HttpHeaders headers, UriInfo uri) {
    return write(e.type(), e.code(), e.args(), e.fieldErrors(), headers, uri, null);
  }

  /** Tells observers (metrics) of each refusal; nothing happens if nobody listens. */
  private void count(ProblemType type) {
    answered.fire(new ProblemAnswered(type));
  }

  private Locale language(HttpHeaders headers) {
    Locale fallback =
        tenantContextOrEmpty()
            .flatMap(tenants::find)
            .map(t -> t.defaultLanguage())
            .orElse(Locale.SIMPLIFIED_CHINESE);
    List<Locale> preferred;
    try {
      preferred = headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException malformedHeader) {
      preferred = List.of();
    }
    return Messages.choose(
        preferred.stream().filter(l -> !l.getLanguage().equals("*")).toList(), fallback);
  }

  private java.util.Optional<org.tourismpolicing.core.tenant.TenantId> tenantContextOrEmpty() {
    try {
      return tenantContext.current();
    } catch (RuntimeException noRequestContext) {
      return java.util.Optional.empty();
    }
  }
}
