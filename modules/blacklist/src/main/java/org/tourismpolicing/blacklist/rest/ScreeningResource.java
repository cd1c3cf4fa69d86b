package org.tourismpolicing.blacklist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.blacklist.application.ScreeningService;
import org.tourismpolicing.blacklist.screening.ScreeningQuery;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;

/**
 * Screening for staff and integrators: is this business or person listed? Exact on credit code and
 * ID number, Chinese-aware fuzzy on names; every hit with its score and the features that matched,
 * at or above the caller's threshold.
 */
@Path("{tenant}/blacklist/screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "blacklist", description = "The joint tourism blacklist (涉旅黑名单)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class ScreeningResource {

  // the engine's defaults: the labelled variants' recall and precision are measured at them
  static final double DEFAULT_THRESHOLD = ScreeningQuery.DEFAULT_THRESHOLD;
  static final int DEFAULT_LIMIT = ScreeningQuery.DEFAULT_LIMIT;

  @Inject ScreeningService screening;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @POST
  @RolesAllowed({
    Roles.OFFICER,
    Roles.STATION_LEADER,
    Roles.DISPATCHER,
    Roles.MEDIATOR,
    Roles.PARTNER_DEPARTMENT,
    Roles.INTEGRATION,
    Roles.TENANT_ADMIN
  })
  @Operation(
      summary = "Screen one business or person",
      description =
          "Searches the tenant's active entries and the shared lists it screens against. Names are"
              + " compared after width, punctuation, traditional/simplified and organisation-word"
              + " folding, by pinyin, in any word order and by similarity; hits at or above"
              + " threshold, best first.")
  public BlacklistDtos.ScreeningResult screen(@NotNull @Valid BlacklistDtos.ScreeningRequest body) {
    var fields = new RequestFields();
    var question = question(fields, "", body);
    fields.throwIfInvalid();
    return result(question);
  }

  @POST
  @Path("batch")
  @RolesAllowed({
    Roles.OFFICER,
    Roles.STATION_LEADER,
    Roles.DISPATCHER,
    Roles.MEDIATOR,
    Roles.PARTNER_DEPARTMENT,
    Roles.INTEGRATION,
    Roles.TENANT_ADMIN
  })
  @Operation(
      summary = "Screen up to 100 subjects at once",
      description = "Results in the order of the questions; one bad question refuses the batch.")
  public BlacklistDtos.BatchResult batch(@NotNull @Valid BlacklistDtos.ScreeningBatch body) {
    var fields = new RequestFields();
    List<ScreeningService.Question> questions = new ArrayList<>();
    for (int i = 0; i < body.queries().size(); i++) {
      questions.add(question(fields, "queries[" + i + "].", body.queries().get(i)));
    }
    fields.throwIfInvalid();
    return new BlacklistDtos.BatchResult(questions.stream().map(this::result).toList());
  }

  private BlacklistDtos.ScreeningResult result(ScreeningService.Question q) {
    return new BlacklistDtos.ScreeningResult(
        screening.screen(q).stream().map(BlacklistViews::hit).toList());
  }

  private static ScreeningService.Question question(
      RequestFields fields, String prefix, BlacklistDtos.ScreeningRequest r) {
    var kind = BlacklistInputs.kind(fields, prefix + "kind", r.kind());
    var code = BlacklistInputs.creditCode(fields, prefix + "creditCode", r.creditCode());
    var id = BlacklistInputs.idNumber(fields, prefix + "idNumber", r.idNumber());
    boolean hasName = r.name() != null && !r.name().isBlank();
    fields.require(
        hasName || r.creditCode() != null || r.idNumber() != null,
        prefix + "name",
        "screening.question.empty");
    return new ScreeningService.Question(
        kind,
        hasName ? r.name() : null,
        code == null ? null : code.value(),
        id == null ? null : id.value(),
        r.threshold() == null ? DEFAULT_THRESHOLD : r.threshold(),
        r.limit() == null ? DEFAULT_LIMIT : r.limit());
  }
}
