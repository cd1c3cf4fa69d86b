package org.tourismpolicing.core.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.tourismpolicing.core.idempotency.IdempotentIntake;

/**
 * Documents what annotations cannot say once for all: every operation may answer with an RFC 9457
 * problem — 400 for bad input, 401/403 when it needs a token, 404, 409, 413, 422, 500 — and the
 * problem's schema with an example. Set {@code mp.openapi.filter} to this class.
 */
public class ProblemResponsesFilter implements OASFilter {

  static final String PROBLEM_SCHEMA = "Problem";
  static final String MEDIA_TYPE = "application/problem+json";

  @Override
  public Operation filterOperation(Operation operation) {
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    boolean writes = operation.getRequestBody() != null;
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    add(responses, "400", "Invalid input: the errors list names each offending field");
    if (secured) {
      add(responses, "401", "No valid bearer token");
      add(responses, "403", "The token lacks the role, or is not entitled to the tenant");
    }
    add(responses, "404", "No such tenant or resource (also for another tenant's ids)");
    if (writes) {
      add(responses, "409", "Conflicts with the current state or version");
      add(responses, "413", "Body larger than tp.request.max-body-bytes");
      add(responses, "415", "Body is not application/json");
      add(responses, "422", "Well-formed but breaks a business rule");
    }
    add(responses, "500", "Unexpected failure; the body carries only an error id");
    return operation;
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Schema error =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .addProperty("field", string("The offending field, e.g. position.lat"))
            .addProperty("code", string("Stable code of the rule"))
            .addProperty("message", string("The rule in the caller's language"));
    Schema problem =
        OASFactory.createSchema()
            .addType(Schema.SchemaType.OBJECT)
            .description("RFC 9457 problem details, in zh-CN or en by Accept-Language")
            .addProperty(
                "type",
                string("Stable problem type URI, e.g. urn:tourism-policing:problem:validation"))
            .addProperty("title", string("Short summary in the caller's language"))
            .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
            .addProperty("detail", string("Explanation in the caller's language"))
            .addProperty("instance", string("The request path"))
            .addProperty("code", string("Stable code of the detail"))
            .addProperty(
                "errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(error))
            .addProperty(
                "errorId", string("For 500 answers: the id under which the server logged it"))
            .example(
                Map.of(
                    "type", "urn:tourism-policing:problem:validation",
                    "title", "The request has invalid fields",
                    "status", 400,
                    "detail", "One or more fields are invalid; see errors.",
                    "instance", "/api/dali-gucheng/kiosk-registry/public/kiosks/nearest",
                    "code", "validation.detail",
                    "errors",
                        java.util.List.of(
                            Map.of(
                                "field", "lat",
                                "code", "geo.latitude.range",
                                "message", "Latitude 125 is not between -90 and 90 degrees."))));
    openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problem);
    // the header of every operation that creates something (@Idempotent), referenced by name
    openAPI
        .getComponents()
        .addParameter(
            IdempotentIntake.PARAMETER,
            OASFactory.createParameter()
                .name(IdempotentIntake.HEADER)
                .in(Parameter.In.HEADER)
                .description(
                    "Client-chosen key, 1 to 200 visible ASCII characters: a retry by the same"
                        + " caller with the same key and body answers the first answer again"
                        + " (Idempotent-Replayed: true) instead of acting twice; the same key with"
                        + " another body answers 422. See docs/api.md.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200))
                .example("tablet-7:0190a1b2"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    Content content =
        OASFactory.createContent()
            .addMediaType(
                MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
    responses.addAPIResponse(status, response);
  }
}
