package org.tourismpolicing.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The token keys of the Arquillian server. The build runs {@link #main} before the server is
 * created; the server trusts {@code public.pem} as its production key ({@code
 * mp.jwt.verify.publickey.location}) and the tests sign with {@code private.pem}. Made fresh in
 * {@code target/} for every build; never committed.
 */
public final class SigningKeys {

  private SigningKeys() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    write(dir.resolve("public.pem"), "PUBLIC KEY", pair.getPublic().getEncoded());
    write(dir.resolve("private.pem"), "PRIVATE KEY", pair.getPrivate().getEncoded());
  }

  /** The private key that {@link #main} wrote into {@code dir}. */
  public static RSAPrivateKey privateKey(Path dir) throws Exception {
    String pem = Files.readString(dir.resolve("private.pem"), StandardCharsets.US_ASCII);
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return (RSAPrivateKey)
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
  }

  private static void write(Path file, String type, byte[] der) throws IOException {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    Files.writeString(
        file,
        "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
        StandardCharsets.US_ASCII);
  }
}
