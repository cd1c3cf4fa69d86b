package org.tourismpolicing.referenceapp.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The measured window of one endpoint: from the first virtual user entering its measured loop to
 * the last one leaving it. Throughput is the number of measured requests over this window.
 */
final class Window {

  private final AtomicLong start = new AtomicLong();
  private final AtomicLong end = new AtomicLong();

  void enter() {
    start.compareAndSet(0, System.currentTimeMillis());
  }

  void leave() {
    end.accumulateAndGet(System.currentTimeMillis(), Math::max);
  }

  long startMillis() {
    return start.get();
  }

  long endMillis() {
    return end.get();
  }
}
