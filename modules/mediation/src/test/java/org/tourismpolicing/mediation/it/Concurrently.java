package org.tourismpolicing.mediation.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs the same piece of work on several managed threads released at the same moment. */
@ApplicationScoped
public class Concurrently {

  @Resource ManagedExecutorService executor;

  public <T> List<T> run(int times, Supplier<T> work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      futures.add(
          executor.submit(
              () -> {
                start.await();
                return work.get();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      try {
        results.add(f.get(60, TimeUnit.SECONDS));
      } catch (ExecutionException | TimeoutException e) {
        throw new AssertionError("a concurrent unit of work failed", e);
      }
    }
    return results;
  }
}
