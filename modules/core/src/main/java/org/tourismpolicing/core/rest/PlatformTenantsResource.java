package org.tourismpolicing.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.core.security.Roles;
import org.tourismpolicing.core.tenant.TenantDirectory;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.config.ConfigProblem;
import org.tourismpolicing.core.tenant.config.TenantConfigException;
import org.tourismpolicing.core.tenant.config.TenantDocuments;
import org.tourismpolicing.core.tenant.config.TenantLoader;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import org.tourismpolicing.core.tenant.config.TenantRecord;
import org.tourismpolicing.core.tenant.config.TenantStore;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Onboarding and updating tenants at runtime, with the same documents a tenant folder holds
 * (combined: {@code {"tenant": …, "modules": {"kiosk-registry": …}}}). Checked completely before
 * anything is written; applied in one transaction; served at once by this instance and within the
 * refresh interval by the others.
 */
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "Deployment-wide administration")
@SecurityRequirement(name = "jwt")
@RolesAllowed(Roles.PLATFORM_ADMIN)
@RequestScoped
public class PlatformTenantsResource {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Inject TenantDirectory tenants;
  @Inject TenantStore store;
  @Inject TenantLoader loader;
  @Inject CallerIdentity caller;

  @GET
  @Operation(summary = "Every tenant, served or refused, with the problems of refused ones")
  public List<CoreDtos.TenantStatus> list() {
    List<CoreDtos.TenantStatus> result = new ArrayList<>();
    for (TenantRecord r : store.records()) {
      var problems = tenants.refused().get(r.id());
      result.add(status(r, problems));
    }
    tenants
        .refused()
        .forEach(
            (id, problems) -> {
              if (result.stream().noneMatch(s -> s.id().equals(id))) {
                result.add(
                    new CoreDtos.TenantStatus(
                        id, "refused", null, null, null, null, List.of(), views(problems)));
              }
            });
    return result;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The documents a tenant is configured with")
  @APIResponse(responseCode = "200", description = "The combined documents")
  public Response documents(@PathParam("id") String id) {
    TenantRecord r =
        (TenantId.isValid(id) ? store.record(id) : Optional.<TenantRecord>empty())
            .orElseThrow(() -> ProblemException.notFound("tenant", id));
    return Response.ok(r.documents(), MediaType.APPLICATION_JSON_TYPE).tag(r.revision()).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Onboard or update a tenant",
      description =
          "Takes the tenant's documents combined as {\"tenant\": <tenant.yaml>, \"modules\":"
              + " {\"kiosk-registry\": <kiosk-registry.yaml>, …}}. Every problem is reported at"
              + " once, as a field pointer into this body; nothing is written unless all is well."
              + " With dryRun=true the documents are only checked.")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
  @APIResponse(responseCode = "201", description = "Onboarded")
  @APIResponse(responseCode = "200", description = "Updated (or checked, with dryRun)")
  public Response apply(
      @PathParam("id") String id,
      @QueryParam("dryRun") @Parameter(description = "Only check the documents") boolean dryRun,
      @jakarta.ws.rs.core.Context UriInfo uri,
      String body) {
    if (!TenantId.isValid(id)) {
      throw ProblemException.invalid("id", "tenant-id.syntax", id);
    }
    JsonNode combined;
    try {
      combined = JSON.readTree(body == null ? "" : body);
    } catch (JacksonException e) {
      throw new ProblemException(
          org.tourismpolicing.core.problem.ProblemType.MALFORMED_BODY, "malformed-body.detail");
    }
    if (combined == null || !combined.isObject()) {
      throw ProblemException.invalid("body", "tenant-config.body.object");
    }
    TenantDocuments docs = TenantDocuments.fromCombined(combined, "platform API");
    List<FieldError> undeployed = undeployedModules(combined);
    if (!undeployed.isEmpty()) {
      // report the documents' own problems in the same answer
      List<FieldError> all = new ArrayList<>(undeployed);
      try {
        loader.check(docs, id);
      } catch (TenantConfigException e) {
        all.addAll(fieldErrors(e));
      }
      throw ProblemException.invalid(all);
    }
    boolean existed = store.record(id).isPresent();
    try {
      if (dryRun) {
        loader.check(docs, id);
        return Response.ok(
                new CoreDtos.TenantStatus(
                    id, "checked", null, null, null, null, documentNames(docs), List.of()))
            .build();
      }
      loader.apply(docs, id, null, caller.name());
    } catch (TenantConfigException e) {
      throw ProblemException.invalid(fieldErrors(e));
    }
    CoreDtos.TenantStatus status = status(store.record(id).orElseThrow(), null);
    return existed
        ? Response.ok(status).build()
        : Response.created(uri.getAbsolutePath()).entity(status).build();
  }

  /**
   * A module document no module of this deployment reads would be stored and never applied (a
   * misspelt key, or a module this deployment does not include): refused, naming it.
   */
  private List<FieldError> undeployedModules(JsonNode combined) {
    JsonNode modules = combined.get("modules");
    if (modules == null || !modules.isObject()) {
      return List.of();
    }
    List<String> deployed =
        loader.deployedModules().stream().map(TenantModuleConfig::name).sorted().toList();
    List<FieldError> errors = new ArrayList<>();
    for (String name : modules.propertyNames()) {
      if (!deployed.contains(name)) {
        errors.add(
            FieldError.of(
                "/modules/" + name,
                "tenant-config.module.not-deployed",
                name,
                String.join(", ", deployed)));
      }
    }
    return errors;
  }

  private static List<FieldError> fieldErrors(TenantConfigException e) {
    return e.problems().stream()
        .map(
            p ->
                FieldError.of(
                    p.document() + (p.field() == null ? "" : p.field()),
                    "tenant-config.problem",
                    p.message()))
        .toList();
  }

  /** The names of the documents: {@code tenant} and the modules' keys. */
  private static List<String> documentNames(TenantDocuments docs) {
    return List.copyOf(docs.all().keySet());
  }

  private static CoreDtos.TenantStatus status(TenantRecord r, List<ConfigProblem> problems) {
    List<String> names;
    try {
      names = documentNames(TenantDocuments.fromCombined(JSON.readTree(r.documents()), r.origin()));
    } catch (JacksonException e) {
      names = List.of();
    }
    return new CoreDtos.TenantStatus(
        r.id(),
        problems == null ? "served" : "refused",
        r.revision(),
        r.origin(),
        r.appliedAt(),
        r.appliedBy(),
        names,
        problems == null ? List.of() : views(problems));
  }

  private static List<CoreDtos.ConfigProblemView> views(List<ConfigProblem> problems) {
    return problems.stream()
        .map(p -> new CoreDtos.ConfigProblemView(p.document(), p.field(), p.message()))
        .toList();
  }
}
