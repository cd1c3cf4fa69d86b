package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.DutyAssignment;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.KioskDetails;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.KioskDefinition;
import org.tourismpolicing.kioskregistry.infrastructure.KioskRepository;

/**
 * Imports the kiosks of a tenant's documents, matched by code. What the documents describe (names,
 * place, hours, which amenities, default roster) follows them; what happens on the ground (status,
 * stock counts, date rosters) is kept. Kiosks created by staff and absent from the documents are
 * left alone. Running it twice changes nothing the second time.
 */
@ApplicationScoped
public class KioskImport {

  static final String ACTOR = "system:tenant-config";

  @Inject KioskRepository repository;
  @Inject AuditTrail audit;
  @Inject Event<KioskRegistryChanged> changed;

  @Transactional(Transactional.TxType.MANDATORY)
  public void importKiosks(Tenant tenant, KioskRegistrySettings settings, Instant now) {
    for (KioskDefinition def : settings.kiosks()) {
      KioskDetails details =
          new KioskDetails(
              def.type(),
              def.names(),
              def.address(),
              def.position(),
              def.zoneCode(),
              def.openingHours(),
              def.phone());
      Kiosk kiosk = repository.kioskByCode(def.code()).orElse(null);
      if (kiosk == null) {
        kiosk = new Kiosk(def.code(), details, now);
        repository.persist(kiosk);
        audit.recordAs(
            ACTOR, "kiosk.imported", "kiosk", kiosk.id(), null, KioskSummaries.of(kiosk));
      } else if (!details.equals(KioskSummaries.details(kiosk))) {
        Object before = KioskSummaries.of(kiosk);
        kiosk.update(details, now);
        audit.recordAs(
            ACTOR, "kiosk.reimported", "kiosk", kiosk.id(), before, KioskSummaries.of(kiosk));
      }
      importAmenities(kiosk, def, now);
      importRoster(kiosk, def, now);
    }
    changed.fire(new KioskRegistryChanged(tenant.id()));
  }

  private void importAmenities(Kiosk kiosk, KioskDefinition def, Instant now) {
    List<Amenity> existing = repository.amenitiesToChange(kiosk.id());
    Set<String> have = existing.stream().map(Amenity::kind).collect(Collectors.toSet());
    for (Map.Entry<String, Integer> e : def.amenities().entrySet()) {
      if (!have.contains(e.getKey())) {
        repository.persist(new Amenity(kiosk.id(), e.getKey(), e.getValue(), now));
      }
    }
    for (Amenity a : existing) {
      if (!def.amenities().containsKey(a.kind())) {
        repository.remove(a);
      }
    }
  }

  private void importRoster(Kiosk kiosk, KioskDefinition def, Instant now) {
    for (Map.Entry<String, List<String>> e : def.roster().entrySet()) {
      var current = repository.duty(kiosk.id(), DutyAssignment.DEFAULT, e.getKey());
      if (current.isEmpty()) {
        repository.persist(
            new DutyAssignment(
                kiosk.id(), DutyAssignment.DEFAULT, e.getKey(), e.getValue(), now, ACTOR));
      } else if (!current.get().badges().equals(e.getValue())) {
        current.get().assign(e.getValue(), now, ACTOR);
      }
    }
  }
}
