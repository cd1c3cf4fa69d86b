package org.tourismpolicing.informantrewards.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.idempotency.Idempotent;
import org.tourismpolicing.core.idempotency.IdempotentIntake;
import org.tourismpolicing.core.identifiers.IdentifierText;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.ratelimit.ClientAddresses;
import org.tourismpolicing.core.ratelimit.RateLimited;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.informantrewards.application.InformantTenant;
import org.tourismpolicing.informantrewards.application.RegistrationService;
import org.tourismpolicing.informantrewards.application.TipService;
import org.tourismpolicing.informantrewards.domain.Tip;

/**
 * The tip line as the public reaches it, without a login: registering a phone, submitting a tip
 * (anonymously, or linked to the informant when an informant token comes with it), following a tip
 * and writing to its handler with the receipt code, and adding photos. Every operation is
 * rate-limited per client; receipt codes travel in bodies or headers, never in URLs (which end up
 * in access logs).
 */
@Path("{tenant}/informant-rewards/public")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "informant rewards (public)", description = "The red-armband tip line for citizens")
@RequestScoped
public class PublicTipLineResource {

  /** Rate limits (per client and tenant; tp.rate-limit.&lt;name&gt;.* overrides the values). */
  public static final String TIP_SUBMISSION = "informant-tip-submission";

  public static final String REGISTRATION = "informant-registration";
  public static final String RECEIPT_LOOKUP = "informant-receipt-lookup";

  public static final String RECEIPT_HEADER = "X-Receipt-Code";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject RegistrationService registrations;
  @Inject TipService tips;
  @Inject IdempotentIntake intake;
  @Inject ClientAddresses clients;
  @Inject CallerIdentity caller;
  @Inject InformantTenant current;

  @PathParam("tenant")
  @Parameter(description = "Tenant id, e.g. dali-gucheng")
  String tenant;

  @Context HttpServletRequest request;

  @GET
  @Path("categories")
  @PermitAll
  @Operation(
      summary = "The tip categories of this tenant",
      description = "Codes and names from the tenant's informant-rewards document, in its order.")
  public List<InformantRewardsDtos.CategoryView> categories() {
    return current.settings().categories().stream()
        .map(c -> new InformantRewardsDtos.CategoryView(c.code(), c.names().values()))
        .toList();
  }

  @POST
  @Path("registrations")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Ask for a one-time code to register a phone",
      description =
          "Sends a six-digit code to the phone (valid 10 minutes). Limited per client and per"
              + " phone. The number is kept only encrypted and as a keyed hash.")
  @APIResponse(
      responseCode = "202",
      description = "Code sent; confirm it with the registration id",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = InformantRewardsDtos.CodeSent.class)))
  @APIResponse(responseCode = "400", description = "Not a mainland mobile number")
  @APIResponse(
      responseCode = "429",
      description = "Too many requests from this client or for this phone")
  @APIResponse(responseCode = "503", description = "The tenant has no identity keys or SMS gateway")
  @RateLimited(value = REGISTRATION, capacity = 10, period = "PT1H")
  @Idempotent("informant-rewards.registrations")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response requestCode(@NotNull @Valid InformantRewardsDtos.CodeRequest body) {
    var sent = registrations.requestCode(body.phone());
    return Response.accepted(
            new InformantRewardsDtos.CodeSent(sent.registrationId(), sent.expiresAt()))
        .build();
  }

  @POST
  @Path("registrations/{registrationId}/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Confirm the one-time code and become an informant",
      description =
          "Answers the informant id and pseudonym; a phone registered before gets its informant"
              + " back. Name and payment account, if given, are sealed. Five wrong codes spend the"
              + " registration.")
  @APIResponse(
      responseCode = "201",
      description = "Registered (or found again)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = InformantRewardsDtos.Registered.class)))
  @APIResponse(responseCode = "404", description = "No such registration")
  @APIResponse(responseCode = "409", description = "Registration expired or spent")
  @APIResponse(responseCode = "422", description = "Wrong code (registration.code.wrong)")
  @RateLimited(value = REGISTRATION, capacity = 10, period = "PT1H")
  @Idempotent("informant-rewards.confirmations")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response confirm(
      @PathParam("registrationId") String registrationId,
      @NotNull @Valid InformantRewardsDtos.Confirmation body) {
    var confirmed =
        registrations.confirm(registrationId, body.code(), body.realName(), body.paymentAccount());
    return Response.status(Response.Status.CREATED)
        .entity(
            new InformantRewardsDtos.Registered(
                confirmed.informant().id(), confirmed.informant().pseudonym(), confirmed.created()))
        .build();
  }

  @POST
  @Path("tips")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Submit a tip",
      description =
          "Anonymous, or the informant's own when an informant token is sent. Idempotency-Key is"
              + " required: a retry with the same key and body answers the same tip (and receipt"
              + " code) again. Spam is refused: a description under 10 characters or with more than"
              + " 2 links (400 on description), the same text from the same client within the"
              + " tenant's window (422 tip.spam.duplicate).")
  @APIResponse(
      responseCode = "201",
      description = "Submitted; the receipt code is in the body",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = InformantRewardsDtos.TipReceipt.class)))
  @APIResponse(responseCode = "400", description = "Bad field, missing Idempotency-Key, spam")
  @APIResponse(
      responseCode = "422",
      description = "Duplicate text, or key reused with another body")
  @APIResponse(responseCode = "429", description = "Too many tips from this client")
  @RateLimited(value = TIP_SUBMISSION, capacity = 5, period = "PT1H")
  public Response submit(
      @HeaderParam(IdempotentIntake.HEADER)
          @Parameter(required = true, example = "app-5f0c2b8e-4a9d")
          String key,
      @NotNull @Valid InformantRewardsDtos.NewTip body) {
    var fields = new RequestFields();
    fields.require(key != null && !key.isBlank(), IdempotentIntake.HEADER, "validation.required");
    var position =
        body.position() == null
            ? null
            : fields.position(
                "position.lat",
                "position.lon",
                "position.crs",
                body.position().lat(),
                body.position().lon(),
                body.position().crs());
    // read as pasted (spaces, hyphens, full width) and kept in its plain form
    String creditCode =
        body.creditCode() == null || IdentifierText.compact(body.creditCode()).isEmpty()
            ? null
            : IdentifierText.compact(body.creditCode());
    if (creditCode != null) {
      fields.require(UnifiedSocialCreditCode.isValid(creditCode), "creditCode", "tip.credit-code");
    }
    fields.throwIfInvalid();
    String client = clients.of(request);
    String informantId = caller.hasRole(Roles.INFORMANT) ? caller.name() : null;
    AtomicReference<String> shownOnce = new AtomicReference<>();
    // not @Idempotent: the receipt code is added to the answer below and never stored with it
    Response answer =
        intake.handle(
            "informant-rewards.tips " + request.getRequestURI(),
            key,
            body,
            () -> {
              var submitted =
                  tips.submit(
                      new Tip.Report(
                          body.category(),
                          body.description().strip(),
                          blankToNull(body.place()),
                          position,
                          body.occurredAt(),
                          creditCode,
                          blankToNull(body.businessName())),
                      client,
                      informantId);
              shownOnce.set(submitted.receiptCode());
              Tip t = submitted.tip();
              // stored for retries without the code: it is never kept anywhere in clear
              return Response.status(Response.Status.CREATED)
                  .entity(
                      new InformantRewardsDtos.TipReceipt(
                          t.id(), t.number(), t.status().code(), null, t.submittedAt()))
                  .build();
            });
    return withReceiptCode(answer, shownOnce.get());
  }

  private Response withReceiptCode(Response answer, String code) {
    Object entity = answer.getEntity();
    InformantRewardsDtos.TipReceipt r =
        entity instanceof InformantRewardsDtos.TipReceipt receipt
            ? receipt
            : JSON.fromJson((String) entity, InformantRewardsDtos.TipReceipt.class);
    String receiptCode = code != null ? code : tips.receiptCodeFor(r.tipId()).orElse(null);
    Response.ResponseBuilder b =
        Response.status(answer.getStatus())
            .entity(
                new InformantRewardsDtos.TipReceipt(
                    r.tipId(), r.number(), r.status(), receiptCode, r.submittedAt()))
            .type(MediaType.APPLICATION_JSON_TYPE);
    String replayed = answer.getHeaderString(IdempotentIntake.REPLAYED_HEADER);
    if (replayed != null) {
      b.header(IdempotentIntake.REPLAYED_HEADER, replayed);
    }
    // the code must not sit in any cache between the app and the server
    return b.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
  }

  @POST
  @Path("tip-status")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Follow a tip with its receipt code",
      description = "The tip's status and its messages. Any code that is not a tip's answers 404.")
  @APIResponse(responseCode = "200", description = "The tip as the informant sees it")
  @APIResponse(responseCode = "404", description = "No tip has this receipt code")
  @APIResponse(responseCode = "429", description = "Too many look-ups from this client")
  @RateLimited(value = RECEIPT_LOOKUP, capacity = 60, period = "PT1H")
  public InformantRewardsDtos.InformantTipView status(
      @NotNull @Valid InformantRewardsDtos.ReceiptLookup body) {
    Tip tip = tips.byReceipt(body.receiptCode());
    return InformantRewardsViews.forInformant(tip, tips.messages(tip.id()));
  }

  @POST
  @Path("tip-messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Write to the tip's handler with the receipt code",
      description = "The handler sees the message as from the informant, never from a name.")
  @APIResponse(responseCode = "201", description = "Sent")
  @APIResponse(responseCode = "404", description = "No tip has this receipt code")
  @APIResponse(responseCode = "429", description = "Too many requests from this client")
  @RateLimited(value = RECEIPT_LOOKUP, capacity = 60, period = "PT1H")
  @Idempotent("informant-rewards.public-messages")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response write(@NotNull @Valid InformantRewardsDtos.ReceiptMessage body) {
    Tip tip = tips.byReceipt(body.receiptCode());
    var m = tips.informantWrites(tip, body.body());
    return Response.status(Response.Status.CREATED)
        .entity(InformantRewardsViews.message(m))
        .build();
  }

  @POST
  @Path("tip-photos")
  @Consumes({"image/jpeg", "image/png"})
  @PermitAll
  @Operation(
      summary = "Add a photo to a tip (receipt code in X-Receipt-Code)",
      description =
          "JPEG or PNG, recognised by content and checked against Content-Type; up to the tenant's"
              + " size and count limits.")
  @APIResponse(responseCode = "201", description = "Stored")
  @APIResponse(
      responseCode = "400",
      description = "Empty, too large, not a JPEG/PNG, or type mismatch")
  @APIResponse(responseCode = "404", description = "No tip has this receipt code")
  @APIResponse(responseCode = "409", description = "The tip is closed")
  @APIResponse(responseCode = "422", description = "The tip has its most photos")
  @RateLimited(value = RECEIPT_LOOKUP, capacity = 60, period = "PT1H")
  @Idempotent("informant-rewards.photos")
  @Parameter(ref = IdempotentIntake.PARAMETER)
  public Response addPhoto(
      @HeaderParam(RECEIPT_HEADER) @Parameter(required = true) String receiptCode,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      byte[] content) {
    if (receiptCode == null || receiptCode.isBlank()) {
      throw ProblemException.invalid(RECEIPT_HEADER, "validation.required");
    }
    Tip tip = tips.byReceipt(receiptCode);
    String type = contentType == null ? "" : contentType.split(";", 2)[0].trim();
    var p = tips.attachPhoto(tip, type, content == null ? new byte[0] : content);
    return Response.status(Response.Status.CREATED)
        .entity(
            new InformantRewardsDtos.PhotoView(
                p.id(), p.mediaType(), p.sizeBytes(), p.sha256(), p.uploadedAt()))
        .build();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
