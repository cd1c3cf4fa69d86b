package org.tourismpolicing.informantrewards.it;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tourismpolicing.core.events.VerifiedTipNeedsPolice;
import org.tourismpolicing.core.events.VerifiedTipSupportsListing;

/**
 * A test stand-in for dispatch and the blacklist: observes the module's events after commit, as
 * they would, and shows what arrived at {@code GET /api/{tenant}/test/tip-events}.
 */
@ApplicationScoped
public class TipEventsRecorder {

  private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();

  void policeNeeded(@Observes(during = TransactionPhase.AFTER_SUCCESS) VerifiedTipNeedsPolice e) {
    events.add(
        Map.of(
            "event", "police",
            "tenant", e.tenant().value(),
            "tipId", e.tipId().toString(),
            "tipNumber", e.tipNumber(),
            "category", e.category(),
            "hasPosition", e.position() != null,
            "summary", e.summary(),
            "by", e.requestedBy(),
            "all", e.toString()));
  }

  void listingProposed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) VerifiedTipSupportsListing e) {
    events.add(
        Map.of(
            "event", "listing",
            "tenant", e.tenant().value(),
            "tipId", e.tipId().toString(),
            "tipNumber", e.tipNumber(),
            "businessName", e.businessName(),
            "summary", e.summary(),
            "by", e.proposedBy(),
            "all", e.toString()));
  }

  List<Map<String, Object>> events() {
    return List.copyOf(events);
  }

  /** The recorder's answer, for tests that call over HTTP. */
  @Path("{tenant}/test/tip-events")
  @Produces(MediaType.APPLICATION_JSON)
  public static class Resource {

    @Inject TipEventsRecorder recorder;

    @GET
    @PermitAll
    public List<Map<String, Object>> events(@PathParam("tenant") String tenant) {
      return recorder.events().stream().filter(e -> tenant.equals(e.get("tenant"))).toList();
    }
  }
}
