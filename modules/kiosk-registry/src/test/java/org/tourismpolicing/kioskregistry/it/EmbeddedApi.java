package org.tourismpolicing.kioskregistry.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * All an integrator's WAR has to add for the module's REST resources: where the API lives and that
 * callers authenticate with MicroProfile JWT. The resources themselves come from the module's jar.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
public class EmbeddedApi extends Application {}
