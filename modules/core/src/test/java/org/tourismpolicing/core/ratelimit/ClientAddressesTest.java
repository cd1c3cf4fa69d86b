package org.tourismpolicing.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindProxies =
      new ClientAddresses(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"), "X-Forwarded-For");

  @Test
  void withoutTrustedProxiesTheHeaderIsNeverRead() {
    ClientAddresses direct = new ClientAddresses(List.of(), "X-Forwarded-For");

    assertThat(direct.of("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
  }

  @Test
  void aClientThatIsNoProxyCannotNameAnotherAddress() {
    assertThat(behindProxies.of("198.51.100.7", List.of("203.0.113.1, 10.1.1.1")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void behindATrustedProxyTheAddressItAppendedCounts() {
    // the client wrote 6.6.6.6 itself; the proxy appended the address it saw
    assertThat(behindProxies.of("10.0.0.5", List.of("6.6.6.6, 203.0.113.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void trustedHopsAreSkippedFromTheRight() {
    assertThat(behindProxies.of("10.0.0.5", List.of("6.6.6.6, 203.0.113.9, 10.2.3.4")))
        .isEqualTo("203.0.113.9");
    // the header sent twice counts as one list, in order
    assertThat(behindProxies.of("127.0.0.1", List.of("6.6.6.6", "203.0.113.9", "10.2.3.4")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void portsAndBracketsAreNotPartOfTheAddress() {
    assertThat(behindProxies.of("10.0.0.5", List.of("203.0.113.9:51234"))).isEqualTo("203.0.113.9");
    assertThat(behindProxies.of("10.0.0.5", List.of("[2001:db8::1]:443"))).isEqualTo("2001:db8::1");
  }

  @Test
  void aTrustedPeerWithoutTheHeaderIsItselfTheClient() {
    assertThat(behindProxies.of("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
  }

  @Test
  void rangesMatchByPrefixInBothFamilies() {
    assertThat(behindProxies.isTrusted("10.255.0.1")).isTrue();
    assertThat(behindProxies.isTrusted("11.0.0.1")).isFalse();
    assertThat(behindProxies.isTrusted("127.0.0.1")).isTrue();
    assertThat(behindProxies.isTrusted("127.0.0.2")).isFalse();
    assertThat(behindProxies.isTrusted("fd12:3456::1")).isTrue();
    assertThat(behindProxies.isTrusted("fe80::1")).isFalse();
    // an IPv4 address written as IPv6 is the same address
    assertThat(behindProxies.isTrusted("::ffff:10.1.2.3")).isTrue();
  }

  @Test
  void namesAreNeverLookedUpAndNeverTrusted() {
    assertThat(ClientAddresses.literal("localhost")).isEmpty();
    assertThat(ClientAddresses.literal("10.0.0.1.example.org")).isEmpty();
    assertThat(ClientAddresses.literal("unknown")).isEmpty();
    assertThat(behindProxies.isTrusted("localhost")).isFalse();
    // an odd entry left of the proxies' own is the client's name for itself
    assertThat(behindProxies.of("10.0.0.5", List.of("unknown, 10.9.9.9"))).isEqualTo("unknown");
  }

  @Test
  void aBadRangeIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33"), "X-Forwarded-For"))
        .hasMessageContaining("tp.rate-limit.trusted-proxies");
    assertThatThrownBy(() -> new ClientAddresses(List.of("proxy.example.org"), "X-Forwarded-For"))
        .hasMessageContaining("tp.rate-limit.trusted-proxies");
  }
}
