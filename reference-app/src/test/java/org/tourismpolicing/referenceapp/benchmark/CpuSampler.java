package org.tourismpolicing.referenceapp.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples, twice a second, the CPU time of the whole machine and of the processes that take part in
 * the benchmark (application server, database, load generator), so that the report can say who used
 * the two cores during each measurement window — and how much was left to anyone else.
 */
final class CpuSampler implements AutoCloseable {

  private record Sample(long atMillis, long machineBusy, Map<String, Long> processes) {}

  private final Map<String, Long> pids;
  private final List<Sample> samples = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;

  /** {@code pids}: a role (such as "server") for each process to follow. */
  CpuSampler(Map<String, Long> pids) {
    this.pids = new LinkedHashMap<>(pids);
    this.thread = new Thread(this::run, "benchmark-cpu-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (running) {
      sample();
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void sample() {
    Map<String, Long> ticks = new LinkedHashMap<>();
    pids.forEach((role, pid) -> ticks.put(role, Proc.cpuTicks(pid)));
    Sample s = new Sample(System.currentTimeMillis(), Proc.machineTicks()[0], ticks);
    synchronized (samples) {
      samples.add(s);
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sample();
  }

  /**
   * Cores used on average between two instants, per role, plus {@code machine} (all processes) and
   * {@code other} (the machine less the followed processes): 2.0 means both cores were busy.
   */
  Map<String, Double> coresUsed(long fromMillis, long toMillis) {
    Sample a;
    Sample b;
    synchronized (samples) {
      a = nearest(fromMillis);
      b = nearest(toMillis);
    }
    Map<String, Double> cores = new LinkedHashMap<>();
    if (a == null || b == null || b.atMillis() <= a.atMillis()) {
      return cores;
    }
    double seconds = (b.atMillis() - a.atMillis()) / 1000.0;
    double followed = 0;
    for (String role : pids.keySet()) {
      long before = a.processes().getOrDefault(role, -1L);
      long after = b.processes().getOrDefault(role, -1L);
      if (before >= 0 && after >= before) {
        double used = (after - before) / Proc.TICKS_PER_SECOND / seconds;
        cores.put(role, round(used));
        followed += used;
      }
    }
    double machine = (b.machineBusy() - a.machineBusy()) / Proc.TICKS_PER_SECOND / seconds;
    cores.put("machine", round(machine));
    cores.put("other", round(Math.max(0, machine - followed)));
    return cores;
  }

  private Sample nearest(long atMillis) {
    Sample best = null;
    for (Sample s : samples) {
      if (best == null
          || Math.abs(s.atMillis() - atMillis) < Math.abs(best.atMillis() - atMillis)) {
        best = s;
      }
    }
    return best;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
