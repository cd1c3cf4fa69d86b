package org.tourismpolicing.mediation.rest;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.conditional.IfMatch;
import org.tourismpolicing.core.i18n.Messages;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.paging.PageParams;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.mediation.application.CaseFile;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.application.DepartmentTaskService;
import org.tourismpolicing.mediation.application.EvidenceService;
import org.tourismpolicing.mediation.application.MediationTenant;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.domain.CaseStatus;
import org.tourismpolicing.mediation.domain.ConsentMethod;
import org.tourismpolicing.mediation.domain.EvidenceAttachment;
import org.tourismpolicing.mediation.domain.FulfilmentStatus;
import org.tourismpolicing.mediation.domain.ReferralBody;

/** Dispute cases of the mediation room: register, work through the workflow, print, evidence. */
@Path("{tenant}/mediation/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "mediation", description = "Dispute cases of the mediation room (Dali: 阿鹏调解室)")
@SecurityRequirement(name = "jwt")
@RequestScoped
public class CaseResource {

  /** Media types of evidence files. */
  static final String JPEG = "image/jpeg";

  static final String PNG = "image/png";
  static final String PDF = "application/pdf";

  @Inject CaseService cases;
  @Inject EvidenceService evidence;
  @Inject DepartmentTaskService tasks;
  @Inject MediationTenant current;
  @Inject AgreementPrint print;
  @Inject Clock clock;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context UriInfo uri;
  @Context HttpHeaders headers;

  @GET
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "List dispute cases",
      description = "Newest first; page with cursor. overdue=true lists cases past their deadline.")
  public MediationDtos.CasePage list(
      @QueryParam("status") @Parameter(example = "in-mediation") String status,
      @QueryParam("category") @Parameter(example = "price") String category,
      @QueryParam("source") @Parameter(example = "walk-in") String source,
      @QueryParam("mediator") @Parameter(description = "Mediator code") String mediator,
      @QueryParam("overdue") @Parameter(description = "true: only overdue cases") Boolean overdue,
      @BeanParam PageParams paging) {
    var request = paging.request();
    var fields = new RequestFields();
    CaseStatus s = MediationInputs.code(fields, "status", CaseStatus.class, status);
    CaseSource src = MediationInputs.code(fields, "source", CaseSource.class, source);
    fields.throwIfInvalid();
    var page = cases.list(s, category, src, mediator, Boolean.TRUE.equals(overdue), request);
    var now = clock.instant();
    return new MediationDtos.CasePage(
        page.items().stream().map(c -> MediationViews.summary(c, now)).toList(), page.nextCursor());
  }

  @GET
  @Path("overdue")
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Overdue cases",
      description =
          "Cases whose current stage is past its deadline (acceptance, decision, fulfilment"
              + " check), newest first.")
  public MediationDtos.CasePage overdue(@BeanParam PageParams paging) {
    return list(null, null, null, null, true, paging);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Register a dispute case",
      description =
          "Walk-in, hotline or department referral (police referrals arrive from dispatch by"
              + " event, outreach findings through their visit). The merchant's credit code is"
              + " checked (GB 32100-2015).")
  @APIResponse(responseCode = "201", description = "Registered; Location names it")
  @Idempotent("mediation.cases")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response register(@NotNull @Valid MediationDtos.NewCase body) {
    Tenant t = current.tenant();
    var fields = new RequestFields();
    CaseSource source = MediationInputs.code(fields, "source", CaseSource.class, body.source());
    fields.require(
        source != CaseSource.INCIDENT_REFERRAL && source != CaseSource.OUTREACH,
        "source",
        "case.source.not-by-hand",
        body.source());
    fields.require(
        source != CaseSource.WALK_IN || body.sourceRef() == null,
        "sourceRef",
        "case.source-ref.walk-in");
    fields.require(
        source != CaseSource.DEPARTMENT_REFERRAL || body.referringDepartment() != null,
        "referringDepartment",
        "validation.required");
    fields.require(
        body.referringDepartment() == null
            || (source == CaseSource.DEPARTMENT_REFERRAL
                && t.department(body.referringDepartment()).isPresent()),
        "referringDepartment",
        "case.referring-department.invalid",
        body.referringDepartment());
    var amount = MediationInputs.money(fields, "amount", body.amount(), t);
    var creditCode =
        MediationInputs.creditCode(fields, "merchantCreditCode", body.merchantCreditCode());
    fields.require(
        current.settings().category(body.category()).isPresent(),
        "category",
        "case.category.unknown",
        body.category());
    fields.require(
        body.zone() == null || t.geography().zone(body.zone()).isPresent(),
        "zone",
        "outreach.zone.unknown",
        body.zone());
    var parties = MediationInputs.parties(fields, "parties", body.parties());
    fields.throwIfInvalid();
    var intake =
        new CaseIntake(
            source,
            body.sourceRef(),
            body.referringDepartment(),
            body.category(),
            body.description(),
            amount,
            body.merchantName(),
            creditCode,
            body.zone(),
            body.language() != null ? body.language() : t.defaultLanguage().toLanguageTag());
    var created = cases.register(intake, parties);
    CaseFile file = cases.file(created.id());
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(view(file))
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "One case with parties, sessions, evidence, tasks, agreement and screening",
      description =
          "The ETag is the version, for If-Match on changes. screening says whether the merchant"
              + " is on the tourism blacklist when a screening service is deployed.")
  public Response get(@PathParam("id") String id) {
    return Response.ok(view(cases.file(id))).build();
  }

  @POST
  @Path("{id}/parties")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(summary = "Add a party to an open case")
  @APIResponse(responseCode = "201", description = "Added")
  @Idempotent("mediation.parties")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response addParty(
      @PathParam("id") String id, @NotNull @Valid MediationDtos.PartyInput body) {
    var fields = new RequestFields();
    var input = MediationInputs.party(fields, "", body);
    fields.throwIfInvalid();
    var party = cases.addParty(id, input);
    return Response.status(Response.Status.CREATED).entity(MediationViews.party(party)).build();
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Accept a registered case",
      description =
          "With the named mediator, or without one: the on-duty mediator with the fewest open"
              + " cases (unassigned if nobody is on duty). 409 unless the case is registered.")
  public Response accept(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.VersionedMediator body) {
    long expected = expected(id, ifMatch, body.version());
    cases.accept(id, expected, body.mediator());
    return current(id);
  }

  @PUT
  @Path("{id}/mediator")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER})
  @Operation(
      summary = "Assign the case to a mediator",
      description = "By code, or (absent) to the lightest-loaded mediator on duty (422 if none).")
  public Response assign(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.VersionedMediator body) {
    long expected = expected(id, ifMatch, body.version());
    cases.assign(id, expected, body.mediator());
    return current(id);
  }

  @POST
  @Path("{id}/sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Schedule a mediation session",
      description = "The first one moves an accepted case into mediation; 409 in other states.")
  @APIResponse(responseCode = "201", description = "Scheduled")
  @Idempotent("mediation.sessions")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response scheduleSession(
      @PathParam("id") String id, @NotNull @Valid MediationDtos.NewSession body) {
    var s = cases.scheduleSession(id, body.scheduledAt(), body.place(), body.mediators());
    return Response.status(Response.Status.CREATED).entity(MediationViews.session(s)).build();
  }

  @POST
  @Path("{id}/sessions/{sessionId}/record")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(summary = "Record that a session was held: attendees and notes")
  public MediationDtos.SessionView recordSession(
      @PathParam("id") String id,
      @PathParam("sessionId") String sessionId,
      @NotNull @Valid MediationDtos.SessionRecord body) {
    return MediationViews.session(
        cases.recordSession(id, sessionId, body.heldAt(), body.attendees(), body.notes()));
  }

  @POST
  @Path("{id}/sessions/{sessionId}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(summary = "Cancel a scheduled session")
  public MediationDtos.SessionView cancelSession(
      @PathParam("id") String id,
      @PathParam("sessionId") String sessionId,
      @NotNull @Valid MediationDtos.SessionCancellation body) {
    return MediationViews.session(cases.cancelSession(id, sessionId, body.reason()));
  }

  @POST
  @Path("{id}/agreement")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Record the agreement reached",
      description =
          "Terms, compensation and every party's consent (422 if a party has not consented or no"
              + " session was held). Gives the agreement its verification code and answers the"
              + " parties' one-time satisfaction links, which are shown only here.")
  public MediationDtos.DecisionView agreement(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.AgreementInput body) {
    var fields = new RequestFields();
    var compensation =
        MediationInputs.money(fields, "compensation", body.compensation(), current.tenant());
    List<CaseService.Consent> consents =
        java.util.stream.IntStream.range(0, body.consents().size())
            .mapToObj(
                i ->
                    new CaseService.Consent(
                        body.consents().get(i).party(),
                        MediationInputs.code(
                            fields,
                            "consents[" + i + "].method",
                            ConsentMethod.class,
                            body.consents().get(i).method())))
            .toList();
    fields.throwIfInvalid();
    long expected = expected(id, ifMatch, body.version());
    var decision =
        cases.reachAgreement(
            id, expected, body.terms(), compensation, body.fulfilmentDueOn(), consents);
    return new MediationDtos.DecisionView(
        view(cases.file(id)), MediationViews.links(tenant, decision.satisfactionLinks()));
  }

  @POST
  @Path("{id}/not-reached")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Close the case without agreement, referring the parties elsewhere",
      description = "To a court, arbitration, market regulation or another body.")
  public MediationDtos.DecisionView notReached(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.NotReachedInput body) {
    var fields = new RequestFields();
    ReferralBody to =
        MediationInputs.code(fields, "referredTo", ReferralBody.class, body.referredTo());
    fields.throwIfInvalid();
    long expected = expected(id, ifMatch, body.version());
    var decision = cases.notReached(id, expected, to, body.note());
    return new MediationDtos.DecisionView(
        view(cases.file(id)), MediationViews.links(tenant, decision.satisfactionLinks()));
  }

  @POST
  @Path("{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(summary = "The parties withdraw the case")
  public Response withdraw(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.WithdrawalInput body) {
    long expected = expected(id, ifMatch, body.version());
    cases.withdraw(id, expected, body.reason());
    return current(id);
  }

  @POST
  @Path("{id}/fulfilment")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Record the follow-up of an agreement",
      description = "Whether the parties did what they agreed; once (409 after).")
  public Response fulfilment(
      @PathParam("id") String id,
      @BeanParam IfMatch ifMatch,
      @NotNull @Valid MediationDtos.FulfilmentInput body) {
    var fields = new RequestFields();
    FulfilmentStatus outcome =
        MediationInputs.code(fields, "outcome", FulfilmentStatus.class, body.outcome());
    fields.require(
        outcome != FulfilmentStatus.PENDING, "outcome", "case.fulfilment.outcome", body.outcome());
    fields.throwIfInvalid();
    long expected = expected(id, ifMatch, body.version());
    cases.recordFulfilment(id, expected, outcome == FulfilmentStatus.FULFILLED, body.note());
    return current(id);
  }

  @GET
  @Path("{id}/agreement")
  @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "The printable mediation agreement (人民调解协议书)",
      description =
          "An HTML page to print, in the case's language or lang (zh-CN or en), with the"
              + " verification code. 409 while the case has no agreement.")
  public Response printAgreement(
      @PathParam("id") String id, @QueryParam("lang") @Parameter(example = "en") String lang) {
    CaseFile file = cases.file(id);
    if (file.dispute().agreedAt() == null) {
      throw ProblemException.conflict("case.agreement.none", file.dispute().caseNumber());
    }
    String language = lang != null ? lang : file.dispute().language();
    Locale locale = Messages.choose(List.of(Locale.forLanguageTag(language)), Locale.ENGLISH);
    return Response.ok(print.render(current.tenant(), current.settings(), file, locale))
        .header("Content-Language", locale.toLanguageTag())
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("{id}/evidence")
  @Consumes({JPEG, PNG, PDF})
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Attach an evidence file (photo or PDF)",
      description =
          "The body is the file; Content-Type must match its content (JPEG, PNG or PDF, as the"
              + " tenant allows). Size and count are limited by the tenant's configuration and by"
              + " tp.request.max-upload-bytes.")
  @APIResponse(responseCode = "201", description = "Stored")
  @Idempotent("mediation.evidence")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response attach(
      @PathParam("id") String id,
      @QueryParam("fileName") @Parameter(example = "receipt.jpg") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] content) {
    MediaType declared = MediaType.valueOf(contentType);
    String type = declared.getType() + "/" + declared.getSubtype();
    EvidenceAttachment e =
        evidence.attach(id, type, fileName, content == null ? new byte[0] : content);
    return Response.created(uri.getAbsolutePathBuilder().path(e.id()).build())
        .entity(
            new MediationDtos.EvidenceView(
                e.id(),
                e.fileName(),
                e.mediaType(),
                e.sizeBytes(),
                e.sha256(),
                e.uploadedAt(),
                e.uploadedBy()))
        .build();
  }

  @GET
  @Path("{id}/evidence/{evidenceId}")
  @Produces({JPEG, PNG, PDF, MediaType.APPLICATION_JSON})
  @RolesAllowed({Roles.MEDIATOR, Roles.STATION_LEADER, Roles.TENANT_ADMIN})
  @Operation(
      summary = "Download an evidence file",
      description = "Always as an attachment, never rendered inline by the browser.")
  public Response download(@PathParam("id") String id, @PathParam("evidenceId") String evidenceId) {
    EvidenceAttachment e = evidence.get(id, evidenceId);
    String encoded = URLEncoder.encode(e.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(e.content(), e.mediaType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .header("Digest", "sha-256=" + e.sha256())
        .build();
  }

  @POST
  @Path("{id}/department-tasks")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.MEDIATOR})
  @Operation(
      summary = "Send a task to a partner department",
      description = "Due by dueAt or, absent, by the tenant's task deadline.")
  @APIResponse(responseCode = "201", description = "Sent")
  @Idempotent("mediation.department-tasks")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response sendTask(@PathParam("id") String id, @NotNull @Valid MediationDtos.NewTask body) {
    var task = tasks.create(id, body.department(), body.request(), body.dueAt());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(tenant)
                .path("mediation/department-tasks")
                .path(task.id())
                .build())
        .entity(MediationViews.task(task, clock.instant()))
        .build();
  }

  private MediationDtos.CaseView view(CaseFile file) {
    return MediationViews.dispute(file, current.settings(), clock.instant());
  }

  private Response current(String id) {
    return Response.ok(view(cases.file(id))).build();
  }

  private long expected(String id, IfMatch ifMatch, Long bodyVersion) {
    return ifMatch.expected(bodyVersion, () -> cases.version(id));
  }
}
