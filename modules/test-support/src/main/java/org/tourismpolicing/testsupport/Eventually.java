package org.tourismpolicing.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what happens after commit (core's outbox relay delivers hand-offs asynchronously), for
 * tests that run inside the server, where no waiting library is deployed: add this class to the
 * deployment.
 */
public final class Eventually {

  private Eventually() {}

  /** Returns once {@code condition} holds; fails after {@code within}. */
  public static void until(Duration within, BooleanSupplier condition) {
    long end = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not so within " + within);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
