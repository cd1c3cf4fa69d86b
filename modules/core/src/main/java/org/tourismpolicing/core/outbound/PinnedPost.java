package org.tourismpolicing.core.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 POST to a checked {@link TargetPolicy.Target}, connected to one of the addresses the
 * check resolved and never to a name looked up again. The Host header and, for https, the TLS
 * server name and the certificate's host check use the host as the URL names it. Redirects are not
 * followed: the answer's status is all that is read, and the connection is closed.
 *
 * <p>The JDK's HTTP clients resolve the URL's host themselves and offer no way to connect to a
 * given address while keeping the name for Host and TLS; this class writes the request itself.
 */
public final class PinnedPost {

  private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})( .*)?");
  private static final int MAX_LINE = 8192;
  private static final int MAX_INTERIM = 10;

  private final SSLContext tls;
  private final Duration timeout;

  /** Posts with the JVM's default TLS context, each connect and read limited to the time-out. */
  public PinnedPost(Duration timeout) {
    this(defaultContext(), timeout);
  }

  public PinnedPost(SSLContext tls, Duration timeout) {
    this.tls = tls;
    this.timeout = timeout;
  }

  /**
   * Posts the body and answers the status code of the final answer.
   *
   * @param headers header names and values (no CR or LF); Host, Content-Length and Connection are
   *     written by this class
   * @throws IOException when no address could be connected to or the answer is not HTTP
   */
  public int post(TargetPolicy.Target target, Map<String, String> headers, byte[] body)
      throws IOException {
    byte[] head = head(target, headers, body.length);
    try (Socket socket = connect(target)) {
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.write(body);
      out.flush();
      return status(socket.getInputStream());
    }
  }

  private Socket connect(TargetPolicy.Target target) throws IOException {
    IOException last = null;
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    for (InetAddress address : target.addresses()) {
      Socket raw = new Socket();
      try {
        raw.connect(new InetSocketAddress(address, target.port()), millis);
        raw.setSoTimeout(millis);
        return target.tls() ? secure(raw, target) : raw;
      } catch (IOException e) {
        raw.close();
        last = e;
      }
    }
    throw last != null ? last : new IOException("no address to connect to");
  }

  private Socket secure(Socket raw, TargetPolicy.Target target) throws IOException {
    SSLSocket socket =
        (SSLSocket) tls.getSocketFactory().createSocket(raw, target.host(), target.port(), true);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (TargetPolicy.literal(target.host()).isEmpty()) {
      parameters.setServerNames(List.of(new SNIHostName(target.host())));
    }
    socket.setSSLParameters(parameters);
    socket.startHandshake();
    return socket;
  }

  static byte[] head(TargetPolicy.Target target, Map<String, String> headers, int length) {
    StringBuilder h = new StringBuilder();
    h.append("POST ").append(target.requestTarget()).append(" HTTP/1.1\r\n");
    h.append("Host: ").append(target.hostHeader()).append("\r\n");
    for (Map.Entry<String, String> e : headers.entrySet()) {
      String name = e.getKey();
      String value = e.getValue();
      if (!name.matches("[A-Za-z0-9-]+") || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header not allowed: " + name);
      }
      h.append(name).append(": ").append(value).append("\r\n");
    }
    h.append("Content-Length: ").append(length).append("\r\n");
    h.append("Connection: close\r\n\r\n");
    return h.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The status of the final answer, passing over interim (1xx) answers. */
  static int status(InputStream in) throws IOException {
    for (int i = 0; i <= MAX_INTERIM; i++) {
      String line = line(in);
      Matcher m = STATUS_LINE.matcher(line);
      if (!m.matches()) {
        throw new IOException("not an HTTP/1.x status line");
      }
      int status = Integer.parseInt(m.group(1));
      if (status >= 200 || status == 101) {
        return status;
      }
      while (!line(in).isEmpty()) {
        // headers of the interim answer
      }
    }
    throw new IOException("too many interim answers");
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != '\n') {
      if (c < 0) {
        throw new IOException("connection closed before the answer's status");
      }
      if (bytes.size() >= MAX_LINE) {
        throw new IOException("answer line too long");
      }
      bytes.write(c);
    }
    String s = bytes.toString(StandardCharsets.ISO_8859_1);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  private static SSLContext defaultContext() {
    try {
      return SSLContext.getDefault();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
