package org.tourismpolicing.informantrewards.it;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
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
import org.tourismpolicing.core.outbox.OutboxConsumer;

/**
 * A test stand-in for dispatch and the blacklist: takes the module's hand-offs from core's outbox,
 * as they would, and shows what arrived at {@code GET /api/{tenant}/test/tip-events}.
 */
@ApplicationScoped
public class TipEventsRecorder {

  private final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();

  /** Takes the police requests from the outbox, as dispatch would. */
  @ApplicationScoped
  public static class Police implements OutboxConsumer<VerifiedTipNeedsPolice> {
    @Inject TipEventsRecorder recorder;

    @Override
    public String name() {
      return "test.tip-police";
    }

    @Override
    public Class<VerifiedTipNeedsPolice> eventType() {
      return VerifiedTipNeedsPolice.class;
    }

    @Override
    public void accept(VerifiedTipNeedsPolice e) {
      recorder.policeNeeded(e);
    }
  }

  /** Takes the listing proposals from the outbox, as the blacklist would. */
  @ApplicationScoped
  public static class Listings implements OutboxConsumer<VerifiedTipSupportsListing> {
    @Inject TipEventsRecorder recorder;

    @Override
    public String name() {
      return "test.tip-listings";
    }

    @Override
    public Class<VerifiedTipSupportsListing> eventType() {
      return VerifiedTipSupportsListing.class;
    }

    @Override
    public void accept(VerifiedTipSupportsListing e) {
      recorder.listingProposed(e);
    }
  }

  void policeNeeded(VerifiedTipNeedsPolice e) {
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

  void listingProposed(VerifiedTipSupportsListing e) {
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
