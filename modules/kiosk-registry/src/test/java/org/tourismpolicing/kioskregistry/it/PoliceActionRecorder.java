package org.tourismpolicing.kioskregistry.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tourismpolicing.core.events.KioskWalkInNeedsPolice;

/**
 * Stands in for the dispatch module: observes walk-ins that need police action after their
 * transaction commits, as dispatch would before opening an incident.
 */
@ApplicationScoped
public class PoliceActionRecorder {

  private final List<KioskWalkInNeedsPolice> seen = new CopyOnWriteArrayList<>();

  void onWalkIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) KioskWalkInNeedsPolice event) {
    seen.add(event);
  }

  public List<KioskWalkInNeedsPolice> seen() {
    return List.copyOf(seen);
  }
}
