package org.tourismpolicing.kioskregistry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.core.events.KioskWalkInNeedsPolice;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.kioskregistry.application.WalkInService;
import org.tourismpolicing.kioskregistry.domain.WalkIn;
import org.tourismpolicing.kioskregistry.domain.WalkInOutcome;
import org.tourismpolicing.testsupport.Deployments;
import org.tourismpolicing.testsupport.Eventually;

/**
 * A walk-in that needs police action is announced to whoever observes it (the dispatch module when
 * deployed) with ids and facts, after its transaction commits; other walk-ins are not.
 */
@ExtendWith(ArquillianExtension.class)
class WalkInEventIT {

  private static final TenantId DALI = TenantId.of("dali-gucheng");

  @Deployment
  static WebArchive deployment() {
    return Deployments.embedding(
        "kiosk-registry-walk-in-event",
        EmbeddedApi.class,
        KioskTables.class,
        Eventually.class,
        PoliceActionRecorder.class);
  }

  @Inject WalkInService walkIns;
  @Inject TenantWork work;
  @Inject KioskTables tables;
  @Inject PoliceActionRecorder recorder;

  @Test
  void aWalkInNeedingPoliceActionIsAnnouncedWithIdsAfterCommit() {
    String kioskId = kioskWithCode("south-gate");
    int before = recorder.seen().size();

    WalkIn walkIn =
        work.call(
            DALI,
            () ->
                walkIns.log(
                    kioskId,
                    "find-person",
                    WalkInOutcome.POLICE_ACTION,
                    "A child separated from her parents near the South Gate",
                    null));

    // delivered by core's outbox relay after commit
    Eventually.until(Duration.ofSeconds(30), () -> recorder.seen().size() > before);
    List<KioskWalkInNeedsPolice> seen = recorder.seen();
    assertEquals(before + 1, seen.size(), "exactly one announcement");
    KioskWalkInNeedsPolice event = seen.get(seen.size() - 1);
    assertEquals(DALI, event.tenant());
    assertEquals(UUID.fromString(walkIn.id()), event.walkInId());
    assertEquals(UUID.fromString(kioskId), event.kioskId());
    assertEquals("south-gate", event.kioskCode());
    assertEquals("south", event.zoneCode());
    assertEquals("find-person", event.kind());
    assertEquals(walkIn.occurredAt(), event.occurredAt());
    assertTrue(event.position().latitude() > 25.68 && event.position().latitude() < 25.70);
  }

  @Test
  void aWalkInSettledAtTheKioskIsNotAnnounced() {
    String kioskId = kioskWithCode("north-gate");
    int before = recorder.seen().size();

    work.call(
        DALI,
        () -> walkIns.log(kioskId, "ask-way", WalkInOutcome.RESOLVED, "The way to Erhai", null));

    assertEquals(before, recorder.seen().size());
  }

  private String kioskWithCode(String code) {
    return tables.kioskCodesById(DALI.value()).entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no kiosk " + code + " in dali-gucheng"));
  }
}
