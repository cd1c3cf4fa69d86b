package org.tourismpolicing.blacklist.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.blacklist.application.AppealService;
import org.tourismpolicing.blacklist.application.BlacklistTenant;
import org.tourismpolicing.blacklist.application.EntryService;
import org.tourismpolicing.blacklist.application.HashKeys;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.EntryStatus;
import org.tourismpolicing.blacklist.domain.Evidence;
import org.tourismpolicing.blacklist.domain.EvidenceKind;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;

/**
 * Blacklist entries: propose, sign off, revoke, remove after credit repair, evidence, appeals.
 * Department users see and act only on their department's entries.
 */
@Path("{tenant}/blacklist/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "blacklist", description = "The joint tourism blacklist (涉旅黑名单)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class EntryResource {

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String PDF = "application/pdf";

  @Inject EntryService entries;
  @Inject AppealService appeals;
  @Inject BlacklistTenant current;
  @Inject HashKeys keys;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @RolesAllowed({Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "List blacklist entries",
      description =
          "Newest first; page with cursor. A department user sees only its department's entries.")
  public BlacklistDtos.EntryPage list(
      @QueryParam("status") @Parameter(example = "active") String status,
      @QueryParam("category") @Parameter(example = "touting") String category,
      @BeanParam PageParams paging) {
    var request = paging.request();
    var fields = new RequestFields();
    EntryStatus s = BlacklistInputs.code(fields, "status", EntryStatus.class, status);
    fields.throwIfInvalid();
    var page = entries.list(s, category, request);
    return new BlacklistDtos.EntryPage(
        page.items().stream().map(this::view).toList(), page.nextCursor());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OFFICER, Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Propose a blacklist entry",
      description =
          "A business (credit code checked, GB 32100-2015) or a person (resident ID number checked,"
              + " GB 11643, and stored only as a keyed hash and a masked form; phone only hashed)."
              + " Validity defaults to the category's; the entry waits for the sign-off of every"
              + " issuing department (and the station leader where the category requires it). A"
              + " subject with an open entry (proposed, signed off, active or suspended) of the"
              + " same category answers 409 naming that entry; the subject is its credit code, its"
              + " ID number, else its name.")
  @APIResponse(responseCode = "201", description = "Proposed; Location names it")
  @APIResponse(
      responseCode = "409",
      description = "The subject has an open entry of this category (its id in the detail)")
  @Idempotent("blacklist.entries")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response propose(@NotNull @Valid BlacklistDtos.NewEntry body) {
    Tenant t = current.tenant();
    var fields = new RequestFields();
    var subject = BlacklistInputs.subject(fields, body, keys, t.id());
    fields.require(
        current.settings().category(body.category()).isPresent(),
        "category",
        "entry.category.unknown",
        body.category());
    BlacklistInputs.departments(fields, body.departments(), t);
    var visibility = BlacklistInputs.visibility(fields, body.visibility());
    var from = BlacklistInputs.date(fields, "effectiveFrom", body.effectiveFrom());
    var to = BlacklistInputs.date(fields, "effectiveTo", body.effectiveTo());
    fields.require(
        from == null || to == null || to.isAfter(from),
        "effectiveTo",
        "entry.effective-to.before-from");
    fields.throwIfInvalid();
    BlacklistEntry created =
        entries.propose(
            new EntryService.Proposal(
                subject, body.category(), body.reason(), body.departments(), visibility, from, to));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "One blacklist entry",
      description = "The ETag is the version, for If-Match on changes.")
  public Response get(@PathParam("id") String id) {
    return Response.ok(view(entries.get(id))).build();
  }

  @POST
  @Path("{id}/sign-off")
  @RolesAllowed({Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Sign off a proposed entry",
      description =
          "A department user signs for its department (an issuing one); a station leader as"
              + " leader. With every required sign-off the entry is signed off, and active from its"
              + " effective date. Needs If-Match.")
  public Response signOff(@PathParam("id") String id, @BeanParam IfMatch ifMatch) {
    long version = ifMatch.expected(() -> entries.get(id).version());
    return answer(entries.signOff(id, version));
  }

  @POST
  @Path("{id}/revoke")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Revoke an entry",
      description = "Ends a proposed, signed-off, active or suspended entry. Needs If-Match.")
  public Response revoke(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid BlacklistDtos.ReasonInput body) {
    long version = ifMatch.expected(() -> entries.get(id).version());
    return answer(entries.revoke(id, version, body.reason()));
  }

  @POST
  @Path("{id}/credit-repair")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Remove an entry after credit repair",
      description =
          "Early removal of an active or suspended entry after the subject rectified (信用修复),"
              + " with the reason. Needs If-Match.")
  public Response creditRepair(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid BlacklistDtos.ReasonInput body) {
    long version = ifMatch.expected(() -> entries.get(id).version());
    return answer(entries.creditRepair(id, version, body.reason()));
  }

  @GET
  @Path("{id}/evidence")
  @RolesAllowed({Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Evidence of an entry",
      description = "Documents and references, oldest first; documents without their content.")
  public List<BlacklistDtos.EvidenceView> evidence(@PathParam("id") String id) {
    return entries.evidence(id).stream().map(BlacklistViews::evidence).toList();
  }

  @POST
  @Path("{id}/evidence/references")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OFFICER, Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Add a reference to an incident, a mediation case or a tip as evidence",
      description = "Ids only: the record stays in its own module.")
  @APIResponse(responseCode = "201", description = "Added")
  @Idempotent("blacklist.evidence-references")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response reference(
      @PathParam("id") String id, @NotNull @Valid BlacklistDtos.EvidenceReferenceInput body) {
    var fields = new RequestFields();
    EvidenceKind kind = BlacklistInputs.code(fields, "kind", EvidenceKind.class, body.kind());
    fields.require(kind != EvidenceKind.DOCUMENT, "kind", "evidence.kind.reference-only");
    fields.throwIfInvalid();
    Evidence e = entries.addReference(id, kind, body.id(), body.note());
    return Response.created(uri.getAbsolutePathBuilder().path(e.id()).build())
        .entity(BlacklistViews.evidence(e))
        .build();
  }

  @POST
  @Path("{id}/evidence/documents")
  @Consumes({JPEG, PNG, PDF})
  @RolesAllowed({Roles.OFFICER, Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Attach an evidence document (PDF, JPEG or PNG)",
      description =
          "The body is the file; its Content-Type must match its content. Size limited by the"
              + " tenant's evidence.maxBytes and tp.request.max-upload-bytes.")
  @APIResponse(responseCode = "201", description = "Stored")
  @Idempotent("blacklist.evidence-documents")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response attach(
      @PathParam("id") String id,
      @QueryParam("fileName") @Parameter(example = "licence-check.pdf") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] content) {
    MediaType declared = MediaType.valueOf(contentType);
    Evidence e =
        entries.addDocument(
            id,
            declared.getType() + "/" + declared.getSubtype(),
            fileName,
            content == null ? new byte[0] : content);
    return Response.created(uri.getAbsolutePathBuilder().path(e.id()).build())
        .entity(BlacklistViews.evidence(e))
        .build();
  }

  @GET
  @Path("{id}/evidence/documents/{evidenceId}")
  @Produces({JPEG, PNG, PDF, MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Download an evidence document",
      description = "Always as an attachment, never rendered inline.")
  public Response download(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
    Evidence e = entries.document(id, evidenceId);
    return Response.ok(e.content(), e.mediaType())
        .header("Content-Disposition", "attachment; filename=\"evidence-" + e.id() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("{id}/appeals")
  @RolesAllowed({Roles.STATION_LEADER, Roles.OFFICER, Roles.TENANT_ADMIN, Roles.PARTNER_DEPARTMENT})
  @Operation(summary = "Appeals against an entry", description = "Oldest first.")
  public List<BlacklistDtos.AppealView> appeals(@PathParam("id") String id) {
    return appeals.appealsOf(id).stream().map(BlacklistViews::appeal).toList();
  }

  @POST
  @Path("{id}/appeals")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.OFFICER, Roles.STATION_LEADER, Roles.PARTNER_DEPARTMENT})
  @Operation(
      summary = "Record an appeal received from the listed subject",
      description = "One open appeal per entry; the entry must be signed off or active.")
  @APIResponse(responseCode = "201", description = "Received")
  @Idempotent("blacklist.appeals")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response appeal(@PathParam("id") String id, @NotNull @Valid BlacklistDtos.NewAppeal body) {
    var a = appeals.receive(id, body.appellant(), body.grounds());
    return Response.created(
            uri.getBaseUriBuilder().path(tenant).path("blacklist/appeals").path(a.id()).build())
        .entity(BlacklistViews.appeal(a))
        .build();
  }

  private Response answer(BlacklistEntry e) {
    return Response.ok(view(e)).build();
  }

  private BlacklistDtos.EntryView view(BlacklistEntry e) {
    return BlacklistViews.entry(e, current.settings(), languages());
  }

  List<Locale> languages() {
    List<Locale> preferred = new ArrayList<>();
    for (Locale l : headers.getAcceptableLanguages()) {
      if (!"*".equals(l.getLanguage())) {
        preferred.add(l);
      }
    }
    preferred.addAll(current.tenant().languages());
    return preferred;
  }
}
