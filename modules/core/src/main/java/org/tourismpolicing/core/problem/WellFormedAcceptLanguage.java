package org.tourismpolicing.core.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Leaves the malformed ranges out of {@code Accept-Language} before anything parses it. The JAX-RS
 * runtime refuses a whole request whose header it cannot parse ({@code zh-CN;q=abc}) before any
 * application code runs; a language preference should never cost the caller the answer. A
 * well-formed header passes unchanged.
 *
 * <p>Not annotated as a filter: it acts on every request of the WAR, so the assembling application
 * declares it in its web.xml (the reference app does); a module jar never imposes it on a host.
 */
public class WellFormedAcceptLanguage extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final String HEADER = "Accept-Language";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    List<String> values = Collections.list(request.getHeaders(HEADER));
    if (values.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String header = String.join(",", values);
    String wellFormed = AcceptLanguage.wellFormed(header);
    if (values.size() == 1 && header.equals(wellFormed)) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new Cleaned(request, wellFormed), response);
  }

  private static final class Cleaned extends HttpServletRequestWrapper {
    private final String value;

    Cleaned(HttpServletRequest request, String value) {
      super(request);
      this.value = value;
    }

    @Override
    public String getHeader(String name) {
      return HEADER.equalsIgnoreCase(name) ? value : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (!HEADER.equalsIgnoreCase(name)) {
        return super.getHeaders(name);
      }
      return Collections.enumeration(value == null ? List.of() : List.of(value));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      if (value == null) {
        names.removeIf(HEADER::equalsIgnoreCase);
      }
      return Collections.enumeration(names);
    }

    @Override
    public Locale getLocale() {
      List<Locale> preferred = AcceptLanguage.preferred(value);
      return preferred.isEmpty() ? Locale.getDefault() : preferred.get(0);
    }

    @Override
    public Enumeration<Locale> getLocales() {
      List<Locale> preferred = AcceptLanguage.preferred(value);
      return Collections.enumeration(
          preferred.isEmpty() ? List.of(Locale.getDefault()) : preferred);
    }
  }
}
