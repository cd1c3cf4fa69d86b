package org.tourismpolicing.informantrewards.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The test server's messages.log: where the log SMS sender writes one-time codes. */
final class ServerLog {

  private ServerLog() {}

  static Path file() {
    String p = System.getProperty("it.server.log");
    if (p == null) {
      throw new IllegalStateException("it.server.log is not set: run through Maven (mvn verify)");
    }
    return Path.of(p);
  }

  static String text() {
    try {
      return Files.readString(file(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The code the log sender wrote for a registration (waits briefly for the log to flush). */
  static String oneTimeCode(String registrationId) {
    Pattern p =
        Pattern.compile("one-time code (\\d{6}) for registration " + Pattern.quote(registrationId));
    for (int i = 0; i < 50; i++) {
      Matcher m = p.matcher(text());
      if (m.find()) {
        return m.group(1);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no one-time code logged for registration " + registrationId);
  }
}
