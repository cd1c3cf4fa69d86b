package org.tourismpolicing.kioskregistry.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.KioskDetails;
import org.tourismpolicing.kioskregistry.domain.KioskStatus;
import org.tourismpolicing.kioskregistry.domain.KioskType;
import org.tourismpolicing.kioskregistry.infrastructure.KioskRepository;

/**
 * Units of work on kiosks through the module's own repository, that is through the entity manager
 * core binds to the current tenant. Each method is one transaction; call it inside {@code
 * TenantWork} to name the tenant.
 */
@ApplicationScoped
public class IsolationProbe {

  static final String TENANTS_SHARE_CACHE = "eclipselink.multitenant.tenants-share-cache";

  @Inject KioskRepository repository;

  @PersistenceUnit(unitName = "kiosk-registry")
  EntityManagerFactory kioskRegistryUnit;

  @PersistenceUnit(unitName = "core")
  EntityManagerFactory coreUnit;

  @Resource ManagedExecutorService executor;

  /** What one unit of work saw when it asked for a kiosk id in every way the module does. */
  public record Sighting(
      String foundCode,
      String foundEnglishName,
      List<String> codesQueriedById,
      Set<String> idsOfUnfilteredQuery,
      boolean otherTenantsKioskFound) {}

  /**
   * Registers a closed kiosk (so public lists leave it out) with a chosen id: the constructor draws
   * a random one, so the id is set the way a test may and the module never does.
   */
  @Transactional
  public void insert(String id, String code, String englishName, GeoPoint position, String zone) {
    Instant now = Instant.now();
    Kiosk kiosk =
        new Kiosk(
            code,
            new KioskDetails(
                KioskType.KIOSK,
                new LocalizedText(Map.of("zh-CN", "隔离测试 " + code, "en", englishName)),
                null,
                position,
                zone,
                "Mo-Su 09:00-22:00",
                null),
            now);
    kiosk.changeStatus(KioskStatus.CLOSED, "tenant isolation test row", null, now);
    setId(kiosk, id);
    repository.persist(kiosk);
  }

  /**
   * Reads kiosk {@code id} by primary key and by JPQL, lists every kiosk with a query that says
   * nothing of tenants, looks for {@code otherTenantsId}, then changes the kiosk (its phone) and
   * flushes, so a lost optimistic race surfaces here.
   */
  @Transactional
  public Sighting sightAndTouch(String id, String otherTenantsId, String phone) {
    EntityManager em = repository.em();
    Kiosk found = em.find(Kiosk.class, id);
    List<String> byQuery =
        em
            .createQuery("select k from Kiosk k where k.id = :id", Kiosk.class)
            .setParameter("id", id)
            .getResultList()
            .stream()
            .map(Kiosk::code)
            .toList();
    Set<String> all =
        em.createQuery("select k from Kiosk k", Kiosk.class).getResultList().stream()
            .map(Kiosk::id)
            .collect(Collectors.toSet());
    boolean other = em.find(Kiosk.class, otherTenantsId) != null;
    if (found != null) {
      found.update(
          new KioskDetails(
              found.type(),
              found.names(),
              found.address(),
              found.position(),
              found.zoneCode(),
              found.openingHours(),
              phone),
          Instant.now());
      em.flush();
    }
    return new Sighting(
        found == null ? null : found.code(),
        found == null ? null : found.names().get("en"),
        byQuery,
        all,
        other);
  }

  /** Removes kiosk {@code id} of the current tenant, if it has one; true if it did. */
  @Transactional
  public boolean remove(String id) {
    Kiosk kiosk = repository.em().find(Kiosk.class, id);
    if (kiosk == null) {
      return false;
    }
    repository.remove(kiosk);
    return true;
  }

  /** The {@value #TENANTS_SHARE_CACHE} setting in force, by persistence unit. */
  public Map<String, Object> tenantsShareCache() {
    return Map.of(
        "kiosk-registry",
        String.valueOf(kioskRegistryUnit.getProperties().get(TENANTS_SHARE_CACHE)),
        "core",
        String.valueOf(coreUnit.getProperties().get(TENANTS_SHARE_CACHE)));
  }

  public ManagedExecutorService executor() {
    return executor;
  }

  private static void setId(Kiosk kiosk, String id) {
    try {
      Field field = Kiosk.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(kiosk, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Kiosk has no id field to set", e);
    }
  }
}
