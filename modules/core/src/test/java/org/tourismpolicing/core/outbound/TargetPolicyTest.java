package org.tourismpolicing.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {

  /** Names as a test's own DNS answers them; anything else does not resolve. */
  static final Map<String, List<String>> DNS =
      Map.of(
          "public.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"),
          "localhost", List.of("127.0.0.1", "::1"),
          "metadata.google.internal", List.of("169.254.169.254"),
          "internal.example", List.of("10.1.2.3"),
          "mixed.example", List.of("93.184.215.14", "127.0.0.1"),
          "mapped.example", List.of("::ffff:a9fe:a9fe"),
          "hooks.station.internal", List.of("10.20.3.4"),
          "other.station.internal", List.of("10.20.3.4"),
          "ula.example", List.of("fd00::17"));

  static final List<String> LOOKUPS = new ArrayList<>();

  static final TargetPolicy.Resolver TABLE =
      host -> {
        LOOKUPS.add(host);
        List<String> answer = DNS.get(host);
        if (answer == null) {
          throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new ArrayList<>();
        for (String a : answer) {
          addresses.add(TargetPolicy.literal(a).orElseThrow());
        }
        return addresses;
      };

  static final TargetPolicy STRICT = new TargetPolicy(List.of(), TABLE);

  @ParameterizedTest
  @ValueSource(
      strings = {
        // IPv4 blocks
        "http://127.0.0.1/hook",
        "http://127.255.255.254:8080/hook",
        "http://0.0.0.0/",
        "http://0.1.2.3/",
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://172.31.255.255/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://100.100.100.200/latest/meta-data",
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://169.254.0.1/",
        "http://192.0.0.192/",
        "http://192.0.2.1/",
        "http://198.18.0.1/",
        "http://224.0.0.1/",
        "http://239.255.255.250/",
        "http://240.0.0.1/",
        "http://255.255.255.255/",
        // IPv6 and IPv4 inside IPv6
        "http://[::1]/",
        "http://[0:0:0:0:0:0:0:1]:8080/",
        "http://[::]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[::ffff:10.0.0.1]/",
        "http://[::127.0.0.1]/",
        "http://[::7f00:1]/",
        "http://[::8.8.8.8]/",
        "http://[64:ff9b::127.0.0.1]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[64:ff9b:1::1]/",
        "http://[2002:7f00:1::1]/",
        "http://[2002:a9fe:a9fe::]/",
        "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
        "http://[2001:db8::1]/",
        "http://[fd00::1]/",
        "http://[fd00:ec2::254]/",
        "http://[fc00::1]/",
        "http://[fe80::1]/",
        "http://[fe80::1%25eth0]/",
        "http://[febf:ffff::1]/",
        "http://[fec0::1]/",
        "http://[ff02::1]/",
        // IPv4 written as C libraries read it
        "http://2130706433/",
        "http://0x7f000001/",
        "http://0x7f.1/",
        "http://0177.0.0.1/",
        "http://0177.1/",
        "http://127.1/",
        "http://127.0.1/",
        "http://0/",
        "http://017700000001/",
        "http://0xa9.0xfe.0xa9.0xfe/",
        "http://2852039166/",
        "http://0x08080808/",
        "http://256.0.0.1/",
        // names
        "http://localhost/",
        "http://LOCALHOST./",
        "http://metadata.google.internal/computeMetadata/v1/",
        "http://internal.example/",
        "http://mixed.example/",
        "http://mapped.example/",
        "http://ula.example/",
        "http://no-such-host.example/",
        // not a plain http(s) URL
        "ftp://public.example/",
        "file:///etc/passwd",
        "http://user:pw@public.example/",
        "http:///nohost",
      })
  void refusesTargetsOffThePublicInternet(String url) {
    assertThatThrownBy(() -> STRICT.check(URI.create(url)))
        .isInstanceOf(TargetPolicy.Refused.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://public.example/hooks",
        "https://PUBLIC.example./hooks",
        "http://93.184.215.14:8080/x",
        "http://172.15.255.255/",
        "http://172.32.0.1/",
        "http://100.63.255.255/",
        "http://100.128.0.1/",
        "http://169.253.255.255/",
        "http://192.169.0.1/",
        "http://223.255.255.255/",
        "https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/",
        "https://[::ffff:93.184.215.14]/",
        "https://[64:ff9b::93.184.215.14]/",
        "https://[2002:5db8:d70e::1]/",
      })
  void admitsPublicTargets(String url) throws Exception {
    assertThat(STRICT.check(URI.create(url)).addresses()).isNotEmpty();
  }

  @Test
  void sayingWhyNamesTheKindOfAddress() {
    assertThat(reason("http://169.254.169.254/")).contains("link-local").contains("metadata");
    assertThat(reason("http://[::ffff:127.0.0.1]/")).contains("loopback");
    assertThat(reason("http://[::ffff:7f00:1]/")).contains("loopback");
    assertThat(reason("http://[64:ff9b::a9fe:a9fe]/")).contains("NAT64 form of 169.254.169.254");
    assertThat(reason("http://[2002:7f00:1::1]/")).contains("6to4 form of 127.0.0.1");
    assertThat(reason("http://0x7f000001/")).contains("denotes 127.0.0.1").contains("loopback");
    assertThat(reason("http://0177.0.0.1/")).contains("denotes 127.0.0.1");
    assertThat(reason("http://2852039166/")).contains("denotes 169.254.169.254");
    assertThat(reason("http://mixed.example/")).contains("127.0.0.1").contains("loopback");
    assertThat(reason("http://100.100.100.200/")).contains("CGNAT");
    assertThat(reason("http://[fd00::1]/")).contains("unique local");
    assertThat(reason("http://[fe80::1]/")).contains("link-local");
    assertThat(reason("http://no-such-host.example/")).contains("does not resolve");
  }

  @Test
  void theTargetCarriesTheAddressesThatWereCheckedAndTheNameForHostAndTls() throws Exception {
    LOOKUPS.clear();
    TargetPolicy.Target t = STRICT.check(URI.create("https://Public.Example:8443/a/b?c=d%20e"));
    assertThat(LOOKUPS).containsExactly("public.example");
    assertThat(t.addresses())
        .extracting(InetAddress::getHostAddress)
        .containsExactly("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
    assertThat(t.host()).isEqualTo("public.example");
    assertThat(t.hostHeader()).isEqualTo("public.example:8443");
    assertThat(t.requestTarget()).isEqualTo("/a/b?c=d%20e");
    assertThat(t.tls()).isTrue();

    TargetPolicy.Target v6 =
        STRICT.check(URI.create("http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]"));
    assertThat(v6.hostHeader()).isEqualTo("[2606:2800:21f:cb07:6820:80da:af6b:8b2c]");
    assertThat(v6.requestTarget()).isEqualTo("/");
    assertThat(v6.port()).isEqualTo(80);
  }

  @Test
  void anAddressBlockAdmitsEveryNameThatLeadsIntoIt() throws Exception {
    TargetPolicy policy = new TargetPolicy(List.of("10.20.0.0/16", " fd00::/16 "), TABLE);
    assertThat(policy.check(URI.create("http://hooks.station.internal/")).addresses()).hasSize(1);
    assertThat(policy.check(URI.create("http://other.station.internal/")).addresses()).hasSize(1);
    assertThat(policy.check(URI.create("http://10.20.255.1/")).addresses()).hasSize(1);
    assertThat(policy.check(URI.create("http://ula.example/")).addresses()).hasSize(1);
    assertRefused(policy, "http://10.21.0.1/");
    assertRefused(policy, "http://internal.example/");
    assertRefused(policy, "http://169.254.169.254/");
  }

  @Test
  void aHostEntryAdmitsThatHostAsWrittenAndNoOtherNameForTheSameAddress() throws Exception {
    TargetPolicy policy = new TargetPolicy(List.of("hooks.station.internal", "127.0.0.1"), TABLE);
    assertThat(policy.check(URI.create("http://HOOKS.station.internal:9000/")).addresses())
        .extracting(InetAddress::getHostAddress)
        .containsExactly("10.20.3.4");
    assertThat(policy.check(URI.create("http://127.0.0.1:8080/hook")).addresses())
        .extracting(InetAddress::getHostAddress)
        .containsExactly("127.0.0.1");
    assertRefused(policy, "http://other.station.internal/");
    assertRefused(policy, "http://localhost:8080/hook");
    assertRefused(policy, "http://127.0.0.2:8080/hook");
    assertRefused(policy, "http://2130706433:8080/hook");
  }

  @Test
  void aBadAllowListEntryIsNamed() {
    for (String bad : List.of("10.0.0.0/33", "10.0.0.0/x", "not a host", "http://x/", "0x7f.1")) {
      assertThatThrownBy(() -> new TargetPolicy(List.of(bad), TABLE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(bad);
    }
  }

  @Test
  void addressRangesMatchBitByBit() {
    AddressRange r = AddressRange.parse("172.16.0.0/12");
    assertThat(r.contains(TargetPolicy.literal("172.31.255.255").orElseThrow())).isTrue();
    assertThat(r.contains(TargetPolicy.literal("172.32.0.0").orElseThrow())).isFalse();
    assertThat(r.contains(TargetPolicy.literal("::ffff:ac10:1").orElseThrow())).isTrue();
    assertThat(r.contains(TargetPolicy.literal("fd00::ac10:1").orElseThrow())).isFalse();
    assertThat(AddressRange.parse("fe80::/10").contains(TargetPolicy.literal("febf::1").get()))
        .isTrue();
    assertThat(AddressRange.parse("fe80::/10").contains(TargetPolicy.literal("fec0::1").get()))
        .isFalse();
    assertThat(AddressRange.parse("10.1.2.3").toString()).isEqualTo("10.1.2.3/32");
  }

  @Test
  void numericHostsAreReadAsCLibrariesReadThem() {
    for (String form :
        List.of(
            "0x7f.1", "0177.1", "127.1", "127.0.1", "2130706433", "0x7F000001", "0177.0.0.1.")) {
      assertThat(TargetPolicy.inetAton(form))
          .as(form)
          .map(InetAddress::getHostAddress)
          .contains("127.0.0.1");
    }
    assertThat(TargetPolicy.inetAton("0x")).map(InetAddress::getHostAddress).contains("0.0.0.0");
    assertThat(TargetPolicy.inetAton("1.2.3.256")).isEmpty();
    assertThat(TargetPolicy.inetAton("1.16777216")).isEmpty();
    assertThat(TargetPolicy.inetAton("4294967296")).isEmpty();
    assertThat(TargetPolicy.inetAton("08.0.0.1")).isEmpty();
  }

  @Test
  void literalsNeverAskTheNameService() {
    assertThat(TargetPolicy.literal("localhost")).isEmpty();
    assertThat(TargetPolicy.literal("0x7f.1")).isEmpty();
    assertThat(TargetPolicy.literal("[::1]"))
        .map(InetAddress::getHostAddress)
        .contains("0:0:0:0:0:0:0:1");
    assertThat(TargetPolicy.literal("fe80::1%eth0")).isEmpty();
  }

  private static void assertRefused(TargetPolicy policy, String url) {
    assertThatThrownBy(() -> policy.check(URI.create(url)))
        .as(url)
        .isInstanceOf(TargetPolicy.Refused.class);
  }

  private static String reason(String url) {
    try {
      STRICT.check(URI.create(url));
    } catch (TargetPolicy.Refused e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused: " + url);
  }
}
