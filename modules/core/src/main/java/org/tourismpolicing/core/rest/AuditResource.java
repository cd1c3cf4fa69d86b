package org.tourismpolicing.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.audit.AuditQueries;
import org.tourismpolicing.core.audit.AuditRecord;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;

/**
 * The tenant's audit trail: read and verified, never changed (there is deliberately no operation
 * that writes to it).
 */
@Path("{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "core: audit", description = "The tamper-evident audit trail of every state change")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class AuditResource {

  @Inject AuditQueries audit;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @GET
  @Path("records")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.STATION_LEADER, Roles.PLATFORM_ADMIN})
  @Operation(
      summary = "Audit records, oldest first",
      description = "Page with afterSeq (the nextAfterSeq of the previous page).")
  public CoreDtos.AuditPage records(
      @QueryParam("subjectType") @Parameter(example = "kiosk") String subjectType,
      @QueryParam("subjectId") String subjectId,
      @QueryParam("afterSeq") @Parameter(description = "Sequence number to continue after")
          Long afterSeq,
      @QueryParam("limit") @Parameter(description = "1 to 500, default 100") Integer limit) {
    int size = PageParams.limit(limit, 100, 500);
    new RequestFields()
        .require(afterSeq == null || afterSeq >= 0, "afterSeq", "validation.min", 0)
        .throwIfInvalid();
    List<AuditRecord> page =
        audit.records(subjectType, subjectId, afterSeq == null ? 0 : afterSeq, size + 1);
    boolean more = page.size() > size;
    List<CoreDtos.AuditRecordView> items =
        page.stream().limit(size).map(AuditResource::view).toList();
    return new CoreDtos.AuditPage(
        items, more && !items.isEmpty() ? items.get(items.size() - 1).seq() : null);
  }

  @GET
  @Path("verification")
  @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
  @Operation(
      summary = "Verify the audit chain",
      description =
          "Recomputes every record's hash and link; names the first record that was altered,"
              + " inserted or deleted outside the application.")
  public CoreDtos.AuditVerificationView verify() {
    var v = audit.verify();
    return new CoreDtos.AuditVerificationView(
        v.intact(), v.recordsChecked(), v.firstBadSeq(), v.reason());
  }

  private static CoreDtos.AuditRecordView view(AuditRecord r) {
    return new CoreDtos.AuditRecordView(
        r.seq(),
        r.recordedAt(),
        r.actor(),
        r.action(),
        r.subjectType(),
        r.subjectId(),
        r.beforeState(),
        r.afterState(),
        r.prevHash(),
        r.hash());
  }
}
