package org.tourismpolicing.kioskregistry.it;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tourismpolicing.core.events.KioskWalkInNeedsPolice;
import org.tourismpolicing.core.outbox.OutboxConsumer;

/**
 * Stands in for the dispatch module: takes walk-ins that need police action from core's outbox
 * after their transaction commits, as dispatch would before opening an incident.
 */
@ApplicationScoped
public class PoliceActionRecorder implements OutboxConsumer<KioskWalkInNeedsPolice> {

  private final List<KioskWalkInNeedsPolice> seen = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return "test.police-action";
  }

  @Override
  public Class<KioskWalkInNeedsPolice> eventType() {
    return KioskWalkInNeedsPolice.class;
  }

  @Override
  public void accept(KioskWalkInNeedsPolice event) {
    seen.add(event);
  }

  public List<KioskWalkInNeedsPolice> seen() {
    return List.copyOf(seen);
  }
}
