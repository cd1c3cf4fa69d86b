package org.tourismpolicing.referenceapp;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * The reference application: every module's REST resources under {@code /api}, authenticated by
 * MicroProfile JWT. The modules' resources, persistence units and beans come from their jars in
 * {@code WEB-INF/lib}; this class only says where the API lives and how callers authenticate.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Tourism policing API",
            version = "0.1.0",
            description =
                "Police kiosks, quick-response dispatch, mediation, informant tips and the"
                    + " tourism blacklist for scenic-area police stations; here assembled for"
                    + " Dali old town (dali-gucheng) and a second sample tenant"
                    + " (lijiang-gucheng). Paths are /api/{tenant}/{module}/…. Errors are RFC"
                    + " 9457 problem+json in zh-CN or en (Accept-Language). In development mode"
                    + " GET /api/dev/tokens?tenant=dali-gucheng&role=dispatcher gives a token for"
                    + " the Authorize button.",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    // relative: the document is the same on every host and port (docs/openapi.json is a copy)
    servers = @Server(url = "/", description = "The server that serves this document"))
@SecurityScheme(
    securitySchemeName = "jwt",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description =
        "MicroProfile JWT: groups carry roles, the tenants claim lists the tenants the caller"
            + " may act for.")
public class TourismPolicingApplication extends Application {}
