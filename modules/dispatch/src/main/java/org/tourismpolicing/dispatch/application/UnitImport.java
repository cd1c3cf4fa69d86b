package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.tourismpolicing.dispatch.domain.DispatchSettings;
import org.tourismpolicing.dispatch.domain.PatrolUnit;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/**
 * Imports the units of a tenant's dispatch document, matched by call sign: new ones are created off
 * duty, known ones get the document's mode, officers and home zone and keep their live state and
 * position. Units added through the API are left alone.
 */
@ApplicationScoped
public class UnitImport {

  @Inject DispatchRepository repository;

  @Transactional(Transactional.TxType.MANDATORY)
  public void importUnits(DispatchSettings settings, Instant now) {
    Map<String, PatrolUnit> known = repository.unitsByCallSign();
    for (DispatchSettings.UnitDefinition d : settings.units()) {
      PatrolUnit unit = known.get(d.callSign());
      if (unit == null) {
        repository.persist(new PatrolUnit(d.callSign(), d.mode(), d.officers(), d.homeZone(), now));
      } else if (!unit.mode().equals(d.mode())
          || !unit.officers().equals(d.officers())
          || !unit.homeZone().equals(d.homeZone())) {
        unit.describe(d.mode(), d.officers(), d.homeZone(), now);
      }
    }
  }
}
