package org.tourismpolicing.core.outbound;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs the server may call on a caller's behalf. A target is refused when its host is, or
 * resolves to, an address that is not on the public internet: unspecified, loopback, private (RFC
 * 1918, IPv6 unique local), shared CGNAT space, link-local (where cloud metadata services answer,
 * 169.254.169.254 and fd00:ec2::254), multicast, broadcast, documentation, benchmarking or reserved
 * space, and the IPv6 forms that carry such an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64,
 * 6to4; Teredo always). A name is refused when any one of its addresses is refused, so that a
 * resolver cannot be steered to hand out the bad one later; an unresolvable name is refused too.
 * IPv4 hosts written in forms other than dotted decimal ({@code 2130706433}, {@code 0x7f.1}, {@code
 * 0177.0.0.1}, which C libraries and some proxies read differently from Java) are refused whatever
 * they denote.
 *
 * <p>The allow-list admits targets that would be refused: an address block in CIDR form ({@code
 * 10.20.0.0/16}) admits every address in it, whatever name led there; a host ({@code
 * hooks.station.internal}, or an address without a prefix length such as {@code 127.0.0.1}) admits
 * that host as written in URLs, whatever it resolves to.
 *
 * <p>{@link #check} answers the addresses it checked; the caller connects to those (see {@link
 * PinnedPost}) and never resolves the name again, so a name cannot pass the check with one address
 * and then be connected to at another (DNS rebinding).
 */
public final class TargetPolicy {

  /** Looks a host name up; the system's resolver in production, a table in tests. */
  @FunctionalInterface
  public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  /** The JVM's name service. */
  public static final Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

  /** A target that passed the check, with the addresses to connect to. */
  public record Target(URI uri, String host, int port, boolean tls, List<InetAddress> addresses) {

    /** The Host header: the host as the URL names it, with the port unless it is the default. */
    public String hostHeader() {
      String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
      return port == (tls ? 443 : 80) ? h : h + ":" + port;
    }

    /** The request target: path and query as written in the URL. */
    public String requestTarget() {
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
  }

  /** A refused target; the message says why, for the server's log only. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    public Refused(String reason) {
      super(reason);
    }
  }

  private static final Pattern DOTTED_DECIMAL =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

  /** What C's inet_aton takes for an IPv4 address: one to four numbers, each decimal, 0x or 0. */
  private static final Pattern NUMERIC_HOST =
      Pattern.compile(
          "(0x[0-9a-f]*|\\d+)(\\.(0x[0-9a-f]*|\\d+)){0,3}\\.?", Pattern.CASE_INSENSITIVE);

  private static final Pattern HOST_NAME = Pattern.compile("[a-z0-9_]([a-z0-9_.-]*[a-z0-9_])?");

  /** Blocks never reached unless allowed, with why; IPv6 forms carrying IPv4 are handled apart. */
  private static final Map<AddressRange, String> BLOCKED = new LinkedHashMap<>();

  static {
    block("0.0.0.0/8", "unspecified ('this network')");
    block("10.0.0.0/8", "private");
    block("100.64.0.0/10", "shared CGNAT space (cloud metadata at 100.100.100.200)");
    block("127.0.0.0/8", "loopback");
    block("169.254.0.0/16", "link-local (cloud metadata at 169.254.169.254)");
    block("172.16.0.0/12", "private");
    block("192.0.0.0/24", "IETF protocol assignments");
    block("192.0.2.0/24", "documentation");
    block("192.88.99.0/24", "6to4 relay anycast");
    block("192.168.0.0/16", "private");
    block("198.18.0.0/15", "benchmarking");
    block("198.51.100.0/24", "documentation");
    block("203.0.113.0/24", "documentation");
    block("224.0.0.0/4", "multicast");
    block("240.0.0.0/4", "reserved or broadcast");
    block("::/128", "unspecified");
    block("::1/128", "loopback");
    block("64:ff9b:1::/48", "local-use NAT64");
    block("100::/64", "discard-only");
    block("2001::/32", "Teredo (hides an IPv4 address)");
    block("2001:db8::/32", "documentation");
    block("fc00::/7", "unique local (private; cloud metadata at fd00:ec2::254)");
    block("fe80::/10", "link-local");
    block("fec0::/10", "site-local (deprecated)");
    block("ff00::/8", "multicast");
  }

  private static final AddressRange IPV4_MAPPED =
      AddressRange.of(
          new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0}, 96);
  private static final AddressRange IPV4_COMPATIBLE = AddressRange.parse("::/96");
  private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");
  private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

  private static void block(String range, String why) {
    BLOCKED.put(AddressRange.parse(range), why);
  }

  private final List<AddressRange> allowedRanges;
  private final Set<String> allowedHosts;
  private final Resolver resolver;

  /**
   * A policy with an allow-list (blocks and hosts as described on the class; blank entries are
   * skipped) and a resolver.
   *
   * @throws IllegalArgumentException naming an entry that is neither a block nor a host name
   */
  public TargetPolicy(Collection<String> allowedTargets, Resolver resolver) {
    List<AddressRange> ranges = new ArrayList<>();
    Set<String> hosts = new HashSet<>();
    for (String raw : allowedTargets) {
      String entry = raw == null ? "" : raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      if (entry.indexOf('/') >= 0) {
        ranges.add(AddressRange.parse(entry));
      } else if (literal(entry).isPresent()) {
        hosts.add(literal(entry).get().getHostAddress());
      } else {
        String name = normalName(entry);
        if (!HOST_NAME.matcher(name).matches() || NUMERIC_HOST.matcher(name).matches()) {
          throw new IllegalArgumentException("not an address block or host name: " + raw);
        }
        hosts.add(name);
      }
    }
    this.allowedRanges = List.copyOf(ranges);
    this.allowedHosts = Set.copyOf(hosts);
    this.resolver = resolver;
  }

  /**
   * Checks an http or https URL and answers where to connect.
   *
   * @throws Refused when the URL or any address of its host may not be called
   */
  public Target check(URI uri) throws Refused {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new Refused("scheme is not http or https: " + uri.getScheme());
    }
    if (uri.getRawUserInfo() != null) {
      throw new Refused("user info in the URL");
    }
    if (uri.getHost() == null) {
      throw new Refused("no host (or a host Java does not read as one): " + uri.getRawAuthority());
    }
    boolean tls = scheme.equals("https");
    int port = uri.getPort() < 0 ? (tls ? 443 : 80) : uri.getPort();
    String host = uri.getHost();
    if (host.startsWith("[")) {
      String inside = host.substring(1, host.length() - 1);
      if (inside.indexOf('%') >= 0) {
        throw new Refused("IPv6 address with a zone: " + host);
      }
      InetAddress address = literal(inside).orElseThrow(() -> new Refused("bad IPv6: " + host));
      String written = address.getHostAddress();
      requirePermitted(written, address);
      return new Target(uri, inside, port, tls, List.of(address));
    }
    String name = normalName(host);
    if (NUMERIC_HOST.matcher(name).matches()) {
      InetAddress address =
          inetAton(name).orElseThrow(() -> new Refused("numeric host out of range: " + host));
      if (!DOTTED_DECIMAL.matcher(name).matches()) {
        throw new Refused(
            "IPv4 address not in dotted decimal: "
                + host
                + " (denotes "
                + address.getHostAddress()
                + blockedReason(address).map(r -> ", " + r).orElse("")
                + ")");
      }
      requirePermitted(name, address);
      return new Target(uri, name, port, tls, List.of(address));
    }
    List<InetAddress> addresses;
    try {
      addresses = List.copyOf(resolver.resolve(name));
    } catch (UnknownHostException e) {
      throw new Refused("host does not resolve: " + name);
    }
    if (addresses.isEmpty()) {
      throw new Refused("host does not resolve: " + name);
    }
    for (InetAddress address : addresses) {
      requirePermitted(name, address);
    }
    return new Target(uri, name, port, tls, addresses);
  }

  private void requirePermitted(String host, InetAddress address) throws Refused {
    if (allowedHosts.contains(host) || allowedRanges.stream().anyMatch(r -> r.contains(address))) {
      return;
    }
    Optional<String> why = blockedReason(address);
    if (why.isPresent()) {
      throw new Refused(host + " is " + address.getHostAddress() + ": " + why.get());
    }
  }

  /** Why an address is not on the public internet; empty when it is. */
  public static Optional<String> blockedReason(InetAddress address) {
    byte[] b = address.getAddress();
    if (b.length == 16) {
      Optional<String> carried = carriedIpv4(b);
      if (carried != null) {
        return carried;
      }
    }
    return BLOCKED.entrySet().stream()
        .filter(e -> e.getKey().contains(b))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * For an IPv6 address that carries an IPv4 one, the verdict on that (null when it carries none).
   */
  private static Optional<String> carriedIpv4(byte[] b) {
    String form;
    byte[] v4;
    if (IPV4_MAPPED.contains(b)) {
      form = "IPv4-mapped";
      v4 = java.util.Arrays.copyOfRange(b, 12, 16);
    } else if (NAT64.contains(b)) {
      form = "NAT64";
      v4 = java.util.Arrays.copyOfRange(b, 12, 16);
    } else if (SIX_TO_FOUR.contains(b)) {
      form = "6to4";
      v4 = java.util.Arrays.copyOfRange(b, 2, 6);
    } else if (IPV4_COMPATIBLE.contains(b) && !isZeroOrOne(b)) {
      // deprecated by RFC 4291: never a real destination
      return Optional.of("IPv4-compatible (deprecated), carries " + ipv4Text(b, 12));
    } else {
      return null;
    }
    try {
      InetAddress inner = InetAddress.getByAddress(v4);
      return blockedReason(inner).map(r -> form + " form of " + inner.getHostAddress() + ": " + r);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isZeroOrOne(byte[] b) {
    for (int i = 0; i < 15; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[15] == 0 || b[15] == 1;
  }

  private static String ipv4Text(byte[] b, int from) {
    return (b[from] & 0xff)
        + "."
        + (b[from + 1] & 0xff)
        + "."
        + (b[from + 2] & 0xff)
        + "."
        + (b[from + 3] & 0xff);
  }

  /**
   * An IP literal (dotted-decimal IPv4, or IPv6 with or without brackets); empty for anything else.
   * Never asks the name service.
   */
  public static Optional<InetAddress> literal(String text) {
    String t = text.strip();
    if (t.startsWith("[") && t.endsWith("]")) {
      t = t.substring(1, t.length() - 1);
    }
    try {
      if (DOTTED_DECIMAL.matcher(t).matches()) {
        return Optional.of(InetAddress.getByName(t));
      }
      if (t.indexOf(':') >= 0 && t.indexOf('%') < 0) {
        // brackets make Java parse an IPv6 literal or fail, never look a name up
        return Optional.of(InetAddress.getByName("[" + t + "]"));
      }
    } catch (UnknownHostException notALiteral) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The address inet_aton would read from a numeric host; empty when a part is out of range. */
  static Optional<InetAddress> inetAton(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    String[] parts = h.split("\\.");
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Optional<Long> v = number(parts[i]);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values[i] = v.get();
    }
    long address = 0;
    for (int i = 0; i < values.length - 1; i++) {
      if (values[i] > 255) {
        return Optional.empty();
      }
      address |= values[i] << (8 * (3 - i));
    }
    long last = values[values.length - 1];
    if (last >= 1L << (8 * (4 - (values.length - 1)))) {
      return Optional.empty();
    }
    address |= last;
    byte[] bytes = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Long> number(String part) {
    String p = part.toLowerCase(Locale.ROOT);
    int radix = 10;
    if (p.startsWith("0x")) {
      p = p.substring(2);
      radix = 16;
      if (p.isEmpty()) {
        return Optional.of(0L);
      }
    } else if (p.length() > 1 && p.startsWith("0")) {
      p = p.substring(1);
      radix = 8;
    }
    if (p.length() > 12) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(p, radix));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String normalName(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.endsWith(".") && h.length() > 1 ? h.substring(0, h.length() - 1) : h;
  }
}
