package org.tourismpolicing.core.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https through the pinned post: connected to the checked address, the TLS server name and the
 * certificate's host check still use the URL's host.
 */
class PinnedPostTlsTest {

  private static final char[] PASSWORD = "changeit".toCharArray();

  @TempDir Path dir;
  private HttpsServer receiver;
  private final List<String> serverNames = new CopyOnWriteArrayList<>();
  private final List<String> hosts = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  /** A key pair and self-signed certificate for the name, made by the JDK's keytool. */
  private KeyStore keyStore(String name) throws Exception {
    Path file = dir.resolve(name + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p =
        new ProcessBuilder(
                keytool.toString(),
                "-genkeypair",
                "-alias",
                "receiver",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=" + name,
                "-ext",
                "SAN=dns:" + name,
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                file.toString(),
                "-storepass",
                new String(PASSWORD),
                "-keypass",
                new String(PASSWORD))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD);
    }
    return store;
  }

  private int start(KeyStore store) throws Exception {
    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keys.init(store, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keys.getKeyManagers(), null, null);
    receiver = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    receiver.setHttpsConfigurator(
        new HttpsConfigurator(context) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters p = context.getDefaultSSLParameters();
            p.setSNIMatchers(
                List.of(
                    new SNIMatcher(0) {
                      @Override
                      public boolean matches(SNIServerName name) {
                        serverNames.add(new SNIHostName(name.getEncoded()).getAsciiName());
                        return true;
                      }
                    }));
            params.setSSLParameters(p);
          }
        });
    receiver.createContext(
        "/hook",
        exchange -> {
          hosts.add(exchange.getRequestHeaders().getFirst("Host"));
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    return receiver.getAddress().getPort();
  }

  private static SSLContext trusting(KeyStore store) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("receiver", store.getCertificate("receiver"));
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return context;
  }

  /** receiver.test and impostor.test exist only here, both at 127.0.0.1. */
  private static TargetPolicy policy() {
    TargetPolicy.Resolver table =
        host -> {
          if (host.equals("receiver.test") || host.equals("impostor.test")) {
            return List.of(InetAddress.getByName("127.0.0.1"));
          }
          throw new UnknownHostException(host);
        };
    return new TargetPolicy(List.of("127.0.0.0/8"), table);
  }

  @Test
  void theServerNameAndTheCertificateCheckUseTheUrlsHost() throws Exception {
    KeyStore store = keyStore("receiver.test");
    int port = start(store);
    TargetPolicy.Target target =
        policy().check(URI.create("https://receiver.test:" + port + "/hook"));

    int status =
        new PinnedPost(trusting(store), Duration.ofSeconds(10))
            .post(target, Map.of("Content-Type", "application/json"), "{}".getBytes());

    assertThat(status).isEqualTo(204);
    assertThat(serverNames).containsExactly("receiver.test");
    assertThat(hosts).containsExactly("receiver.test:" + port);
  }

  @Test
  void aCertificateForAnotherNameIsRefused() throws Exception {
    KeyStore store = keyStore("receiver.test");
    int port = start(store);
    TargetPolicy.Target target =
        policy().check(URI.create("https://impostor.test:" + port + "/hook"));

    assertThatThrownBy(
            () ->
                new PinnedPost(trusting(store), Duration.ofSeconds(10))
                    .post(target, Map.of(), new byte[0]))
        .isInstanceOf(SSLHandshakeException.class);
    assertThat(hosts).isEmpty();
  }
}
