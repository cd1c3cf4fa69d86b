package org.tourismpolicing.core.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes what a client left raw in the address (Chinese characters, spaces: {@code
 * ?name=洱海情客栈} typed into a terminal or sent by a careless integration) before JAX-RS parses it.
 * Without this, building the request's URI fails inside the JAX-RS runtime and the client gets the
 * server's error page instead of an answer. Characters already legal in a URI, including existing
 * {@code %XX} escapes, are left alone, so a well-formed address is passed on unchanged.
 *
 * <p>The container hands the request line over byte for byte (ISO-8859-1): a raw 洱 arrives as the
 * three characters of its UTF-8 bytes, and each is escaped as the byte it stands for, so the
 * address decodes to 洱 again. A character beyond that range can only come from a container that
 * decoded the line itself, and is escaped as UTF-8.
 *
 * <p>Not annotated as a filter: it acts on every request of the WAR, so the assembling application
 * declares it in its web.xml (the reference app does); a module jar never imposes it on a host.
 */
public class RawUrlEncoding extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String uri = request.getRequestURI();
    String query = request.getQueryString();
    if (isClean(uri) && (query == null || isClean(query))) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new Encoded(request), response);
  }

  /** Whether every character may stand in a URI as it is (RFC 3986 characters and {@code %}). */
  static boolean isClean(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!allowed(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Encodes, as UTF-8 escapes, each character that may not stand in a URI as it is. */
  static String encode(String s) {
    if (s == null || isClean(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() * 3);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (allowed(c)) {
        out.append(c);
        i++;
        continue;
      }
      if (c <= 0xFF) {
        escape(out, (byte) c); // a byte of the request line, as the container read it
        i++;
        continue;
      }
      int cp = s.codePointAt(i);
      for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
        escape(out, b);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  private static void escape(StringBuilder out, byte b) {
    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
    out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
  }

  private static boolean allowed(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
  }

  private static final class Encoded extends HttpServletRequestWrapper {

    Encoded(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getRequestURI() {
      return encode(super.getRequestURI());
    }

    @Override
    public StringBuffer getRequestURL() {
      return new StringBuffer(encode(super.getRequestURL().toString()));
    }

    @Override
    public String getQueryString() {
      return encode(super.getQueryString());
    }
  }
}
