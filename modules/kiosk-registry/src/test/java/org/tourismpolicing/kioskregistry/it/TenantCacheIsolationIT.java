package org.tourismpolicing.kioskregistry.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.testsupport.Deployments;

/**
 * Tenant isolation of the persistence layer (DESIGN §5; STACK-NOTES pitfall 12): two tenants hold a
 * kiosk under the same primary-key id, and work for one tenant must never see, change or remove the
 * other's row, neither one unit of work after another nor many at once on managed-executor threads,
 * where the cache is warmed by both tenants in turn.
 */
@ExtendWith(ArquillianExtension.class)
class TenantCacheIsolationIT {

  private static final String DALI = "dali-gucheng";
  private static final String LIJIANG = "lijiang-gucheng";
  private static final List<String> BOTH = List.of(DALI, LIJIANG);
  private static final int THREADS = 16;
  private static final int ITERATIONS = 200;

  @Deployment
  static WebArchive deployment() {
    return Deployments.embedding(
        "kiosk-registry-cache-isolation",
        EmbeddedApi.class,
        KioskTables.class,
        IsolationProbe.class,
        IsolationProbe.Sighting.class);
  }

  @Inject IsolationProbe probe;
  @Inject KioskTables tables;
  @Inject TenantWork work;

  @Test
  void tenantsNeverShareTheCache() {
    assertEquals(
        Map.of("kiosk-registry", "false", "core", "false"),
        probe.tenantsShareCache(),
        IsolationProbe.TENANTS_SHARE_CACHE + " must stay false in every persistence unit");
  }

  @Test
  void writesToASharedIdChangeOnlyTheWritingTenantsRow() {
    SharedId shared = sharedIdInBothTenants();
    for (String tenant : BOTH) {
      String other = otherThan(tenant);
      long own = tables.kioskVersion(tenant, shared.id());
      long others = tables.kioskVersion(other, shared.id());
      IsolationProbe.Sighting seen =
          assertDoesNotThrow(
              () ->
                  work.call(
                      TenantId.of(tenant),
                      () -> probe.sightAndTouch(shared.id(), shared.onlyIn(other), "0872-1")),
              tenant + " could not update its own kiosk under an id " + other + " also holds");
      assertEquals(shared.code(tenant), seen.foundCode());
      assertEquals(own + 1, tables.kioskVersion(tenant, shared.id()), tenant + "'s own row");
      assertEquals(others, tables.kioskVersion(other, shared.id()), other + "'s row, untouched");
    }
    assertTrue(work.call(TenantId.of(DALI), () -> probe.remove(shared.id())));
    assertEquals(-1, tables.kioskVersion(DALI, shared.id()), "Dali's row removed");
    assertTrue(tables.kioskVersion(LIJIANG, shared.id()) > 0, "Lijiang's row went with Dali's");
    assertFalse(work.call(TenantId.of(DALI), () -> probe.remove(shared.id())));
    assertTrue(work.call(TenantId.of(LIJIANG), () -> probe.remove(shared.id())));
    assertEquals(-1, tables.kioskVersion(LIJIANG, shared.id()));
  }

  @Test
  void concurrentWorkOnASharedIdSeesAndChangesOnlyItsOwnTenantsRows() throws Exception {
    SharedId shared = sharedIdInBothTenants();
    Map<String, Long> versionBefore =
        Map.of(
            DALI, tables.kioskVersion(DALI, shared.id()),
            LIJIANG, tables.kioskVersion(LIJIANG, shared.id()));
    Map<String, AtomicInteger> updates =
        Map.of(DALI, new AtomicInteger(), LIJIANG, new AtomicInteger());
    Map<String, AtomicInteger> lostRaces =
        Map.of(DALI, new AtomicInteger(), LIJIANG, new AtomicInteger());
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostRunning = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);

    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(
          probe
              .executor()
              .submit(
                  () -> {
                    if (!start.await(1, TimeUnit.MINUTES)) {
                      throw new IllegalStateException("never started");
                    }
                    mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                      for (int i = 0; i < ITERATIONS; i++) {
                        // alternate tenants, so each warms the cache just before the other reads
                        String tenant = (thread + i) % 2 == 0 ? DALI : LIJIANG;
                        String phone = "0872-" + thread + "-" + i;
                        try {
                          IsolationProbe.Sighting seen =
                              work.call(
                                  TenantId.of(tenant),
                                  () ->
                                      probe.sightAndTouch(
                                          shared.id(), shared.onlyIn(otherThan(tenant)), phone));
                          updates.get(tenant).incrementAndGet();
                          shared.check(tenant, seen).ifPresent(wrong::add);
                        } catch (RuntimeException e) {
                          if (lostARace(e)) {
                            lostRaces.get(tenant).incrementAndGet();
                          } else {
                            wrong.add(tenant + ": " + causes(e));
                          }
                        }
                      }
                    } finally {
                      running.decrementAndGet();
                    }
                    return null;
                  }));
    }
    start.countDown();
    for (Future<?> w : workers) {
      w.get(3, TimeUnit.MINUTES);
    }

    assertEquals(List.of(), wrong.stream().limit(10).toList(), "units of work that went wrong");
    assertTrue(mostRunning.get() > 1, "the units of work never overlapped");
    for (String tenant : BOTH) {
      assertTrue(
          updates.get(tenant).get() > 0,
          tenant + ": no update went through, " + lostRaces.get(tenant) + " lost optimistic races");
      // every committed update of a tenant bumped its own row, and only its own
      assertEquals(
          versionBefore.get(tenant) + updates.get(tenant).get(),
          tables.kioskVersion(tenant, shared.id()),
          tenant + "'s version after " + updates.get(tenant) + " committed updates");
    }
    assertEquals(
        THREADS * ITERATIONS,
        BOTH.stream().mapToInt(t -> updates.get(t).get() + lostRaces.get(t).get()).sum());

    for (String tenant : BOTH) {
      work.call(TenantId.of(tenant), () -> probe.remove(shared.id()));
    }
  }

  /**
   * Registers a kiosk under one fresh id in both tenants, with a different code and name in each,
   * and takes the ground truth of both tenants' kiosks from the table.
   */
  private SharedId sharedIdInBothTenants() {
    String id = UUID.randomUUID().toString();
    String tag = id.substring(0, 8);
    Map<String, String> codes = Map.of(DALI, "iso-" + tag + "-dali", LIJIANG, "iso-" + tag + "-lj");
    Map<String, String> names =
        Map.of(DALI, "Isolation row of Dali " + tag, LIJIANG, "Isolation row of Lijiang " + tag);
    work.run(
        TenantId.of(DALI),
        () ->
            probe.insert(
                id, codes.get(DALI), names.get(DALI), GeoPoint.wgs84(25.6890, 100.1600), "south"));
    work.run(
        TenantId.of(LIJIANG),
        () ->
            probe.insert(
                id,
                codes.get(LIJIANG),
                names.get(LIJIANG),
                GeoPoint.wgs84(26.8760, 100.2350),
                "north"));
    Map<String, Set<String>> ids =
        Map.of(
            DALI, Set.copyOf(tables.kioskCodesById(DALI).keySet()),
            LIJIANG, Set.copyOf(tables.kioskCodesById(LIJIANG).keySet()));
    assertTrue(ids.get(DALI).contains(id), "Dali's row under the shared id");
    assertTrue(ids.get(LIJIANG).contains(id), "Lijiang's row under the shared id");
    return new SharedId(id, codes, names, ids);
  }

  /** One id held by both tenants, and each tenant's kiosk ids as the table holds them. */
  private record SharedId(
      String id,
      Map<String, String> codes,
      Map<String, String> names,
      Map<String, Set<String>> ids) {

    String code(String tenant) {
      return codes.get(tenant);
    }

    /** A kiosk id that only {@code tenant} holds (one of its imported kiosks). */
    String onlyIn(String tenant) {
      return ids.get(tenant).stream()
          .filter(i -> !ids.get(otherThan(tenant)).contains(i))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(tenant + " has no kiosk of its own"));
    }

    /** What is wrong with what a unit of work for {@code tenant} saw, if anything. */
    Optional<String> check(String tenant, IsolationProbe.Sighting seen) {
      List<String> problems = new ArrayList<>();
      if (!codes.get(tenant).equals(seen.foundCode())
          || !names.get(tenant).equals(seen.foundEnglishName())) {
        problems.add("find gave " + seen.foundCode() + " / " + seen.foundEnglishName());
      }
      if (!List.of(codes.get(tenant)).equals(seen.codesQueriedById())) {
        problems.add("JPQL by id gave " + seen.codesQueriedById());
      }
      if (!ids.get(tenant).equals(seen.idsOfUnfilteredQuery())) {
        Set<String> foreign = new HashSet<>(seen.idsOfUnfilteredQuery());
        foreign.removeAll(ids.get(tenant));
        Set<String> missing = new HashSet<>(ids.get(tenant));
        missing.removeAll(seen.idsOfUnfilteredQuery());
        problems.add("JPQL without tenant filter gave foreign " + foreign + ", lacked " + missing);
      }
      if (seen.otherTenantsKioskFound()) {
        problems.add("find of the other tenant's kiosk found it");
      }
      return problems.isEmpty()
          ? Optional.empty()
          : Optional.of(tenant + ": " + String.join("; ", problems));
    }
  }

  private static String otherThan(String tenant) {
    return tenant.equals(DALI) ? LIJIANG : DALI;
  }

  /** A lost optimistic race or a row-lock wait that gave up: expected when 16 threads race. */
  private static boolean lostARace(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c.getClass().getSimpleName().equals("OptimisticLockException")) {
        return true;
      }
      if (c instanceof SQLException sql
          && (sql.getErrorCode() == 90131 || sql.getErrorCode() == 50200)) {
        return true; // H2: concurrent update of the same row, lock time-out
      }
    }
    return false;
  }

  private static String causes(Throwable e) {
    StringBuilder chain = new StringBuilder(e.toString());
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      chain.append(" <- ").append(c);
    }
    return chain.toString();
  }
}
