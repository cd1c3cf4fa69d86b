package org.tourismpolicing.core.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tourismpolicing.core.outbound.AddressRange;

/**
 * Who the client of a request is, for rate limits and for binding anonymous idempotency keys: the
 * connection's address, unless that address is one of the deployment's own reverse proxies ({@code
 * tp.rate-limit.trusted-proxies}, CIDR ranges). Only then is the forwarded-for header ({@code
 * tp.rate-limit.client-header}, default {@code X-Forwarded-For}) read, from the right: each proxy
 * appends the address it received the request from, so the right-most address that is not itself a
 * trusted proxy is the one the outermost proxy saw. Everything to its left was written by the
 * client and is never believed; a client that sends the header straight to the server is counted by
 * its own address.
 */
@ApplicationScoped
public class ClientAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** A client name longer than this is not an address any proxy writes. */
  private static final int MAX_LENGTH = 100;

  private final List<AddressRange> trusted;
  private final String header;

  /** For CDI. */
  protected ClientAddresses() {
    this(List.of(), "X-Forwarded-For");
  }

  @Inject
  public ClientAddresses(
      @ConfigProperty(name = "tp.rate-limit.trusted-proxies") Optional<List<String>> trustedProxies,
      @ConfigProperty(name = "tp.rate-limit.client-header", defaultValue = "X-Forwarded-For")
          String header) {
    this(trustedProxies.orElse(List.of()), header);
  }

  ClientAddresses(List<String> trustedProxies, String header) {
    List<AddressRange> ranges = new ArrayList<>();
    for (String range : trustedProxies) {
      if (!range.isBlank()) {
        try {
          ranges.add(AddressRange.parse(range));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("tp.rate-limit.trusted-proxies: " + e.getMessage(), e);
        }
      }
    }
    this.trusted = List.copyOf(ranges);
    this.header = header == null || header.isBlank() ? "X-Forwarded-For" : header.strip();
  }

  /** Made at start-up, so that a bad {@code tp.rate-limit.trusted-proxies} stops the start. */
  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    trusted.size();
  }

  /** The client of this request, as described on the class. */
  public String of(HttpServletRequest request) {
    List<String> forwarded =
        request.getHeaders(header) == null
            ? List.of()
            : Collections.list(request.getHeaders(header));
    return of(request.getRemoteAddr(), forwarded);
  }

  /**
   * The client, given the connection's address and the values of the forwarded-for header (each a
   * comma-separated list, in the order they arrived).
   */
  public String of(String remoteAddress, List<String> forwardedHeaders) {
    if (!isTrusted(remoteAddress) || forwardedHeaders.isEmpty()) {
      return remoteAddress;
    }
    List<String> hops = new ArrayList<>();
    for (String value : forwardedHeaders) {
      for (String hop : value.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = withoutPort(hops.get(i));
      if (!isTrusted(hop)) {
        return hop.length() > MAX_LENGTH ? hop.substring(0, MAX_LENGTH) : hop;
      }
    }
    // every hop is one of ours: the first of them received the request from the client
    return hops.isEmpty() ? remoteAddress : withoutPort(hops.get(0));
  }

  /** Whether the address is in one of the trusted proxy ranges. */
  public boolean isTrusted(String address) {
    if (trusted.isEmpty()) {
      return false;
    }
    Optional<byte[]> bytes = literal(address);
    return bytes.isPresent() && trusted.stream().anyMatch(c -> c.contains(bytes.get()));
  }

  /** "1.2.3.4:5678" and "[::1]:5678" as proxies may write them, without the port. */
  static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end > 0 ? hop.substring(1, end) : hop;
    }
    int colon = hop.indexOf(':');
    if (colon > 0 && colon == hop.lastIndexOf(':')) {
      return hop.substring(0, colon);
    }
    return hop;
  }

  /**
   * The bytes of an IP address literal; empty for anything else. Never asks the name service: only
   * strings shaped like a literal reach {@link InetAddress#getByName}, which parses those itself.
   */
  static Optional<byte[]> literal(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String a = address.strip();
    int zone = a.indexOf('%');
    if (zone > 0) {
      a = a.substring(0, zone);
    }
    if (!IPV4.matcher(a).matches() && !IPV6.matcher(a).matches()) {
      return Optional.empty();
    }
    try {
      byte[] bytes = InetAddress.getByName(a).getAddress();
      return Optional.of(unmapped(bytes));
    } catch (UnknownHostException notALiteral) {
      return Optional.empty();
    }
  }

  /** An IPv4-mapped IPv6 address (::ffff:a.b.c.d) compares as the IPv4 address it carries. */
  private static byte[] unmapped(byte[] bytes) {
    if (bytes.length != 16) {
      return bytes;
    }
    for (int i = 0; i < 10; i++) {
      if (bytes[i] != 0) {
        return bytes;
      }
    }
    if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
      return bytes;
    }
    return new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]};
  }
}
