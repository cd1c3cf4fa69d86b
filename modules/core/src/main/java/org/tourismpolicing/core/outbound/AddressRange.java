package org.tourismpolicing.core.outbound;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * A block of IP addresses written as CIDR (webhook allow-lists, trusted proxies) ({@code
 * 10.20.0.0/16}, {@code fd12:3456::/48}); a bare address is a block of one. IPv4 and IPv6 blocks
 * never contain each other's addresses.
 */
public final class AddressRange {

  private final byte[] network;
  private final int prefix;

  private AddressRange(byte[] network, int prefix) {
    this.network = network;
    this.prefix = prefix;
  }

  /** A block from its text; an IP literal is required (a name is never looked up). */
  public static AddressRange parse(String text) {
    String t = text.strip();
    int slash = t.indexOf('/');
    String address = slash < 0 ? t : t.substring(0, slash);
    byte[] bytes =
        TargetPolicy.literal(address)
            .map(InetAddress::getAddress)
            .orElseThrow(() -> new IllegalArgumentException("not an IP address block: " + text));
    int bits = bytes.length * 8;
    int p;
    if (slash < 0) {
      p = bits;
    } else {
      try {
        p = Integer.parseInt(t.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an IP address block: " + text, e);
      }
    }
    if (p < 0 || p > bits) {
      throw new IllegalArgumentException("prefix length out of range: " + text);
    }
    return new AddressRange(bytes, p);
  }

  /**
   * A block from raw bytes (Java reads {@code ::ffff:a.b.c.d} text as IPv4, so IPv4-mapped space
   * needs this).
   */
  static AddressRange of(byte[] network, int prefix) {
    return new AddressRange(network.clone(), prefix);
  }

  /** Whether the address lies in this block. */
  public boolean contains(InetAddress address) {
    return contains(address.getAddress());
  }

  /** Whether the address, as its 4 or 16 bytes, lies in this block. */
  public boolean contains(byte[] bytes) {
    if (bytes.length != network.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AddressRange r && r.prefix == prefix && Arrays.equals(r.network, network);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(network) * 31 + prefix;
  }

  @Override
  public String toString() {
    try {
      return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
