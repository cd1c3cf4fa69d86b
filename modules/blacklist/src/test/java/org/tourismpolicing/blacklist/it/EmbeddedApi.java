package org.tourismpolicing.blacklist.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** All an integrator's WAR adds for the module's REST resources: the API path and MP-JWT. */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
public class EmbeddedApi extends Application {}
