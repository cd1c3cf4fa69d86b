package org.tourismpolicing.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.time.ApplicationClock;

/**
 * The server's clock. Moving it is for test and demo servers ({@code tp.clock.adjustable=true}), to
 * see opening hours, deadlines and time-outs without waiting.
 */
@Path("platform/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@RequestScoped
public class PlatformClockResource {

  @Inject ApplicationClock clock;

  @GET
  @Operation(summary = "The server's current time")
  public CoreDtos.ClockView get() {
    return new CoreDtos.ClockView(clock.now(), clock.isAdjustable());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Fix or shift the clock (only where tp.clock.adjustable is true)")
  public CoreDtos.ClockView adjust(CoreDtos.ClockAdjustment adjustment) {
    if (!clock.isAdjustable()) {
      throw ProblemException.conflict("clock.not-adjustable");
    }
    if (adjustment == null) {
      throw ProblemException.invalid("body", "validation.required");
    }
    Duration offset = null;
    if (adjustment.offset() != null) {
      try {
        offset = Duration.parse(adjustment.offset());
      } catch (DateTimeParseException e) {
        throw ProblemException.invalid("offset", "clock.offset.syntax", adjustment.offset());
      }
    }
    clock.adjust(adjustment.fixedAt(), offset);
    return get();
  }
}
