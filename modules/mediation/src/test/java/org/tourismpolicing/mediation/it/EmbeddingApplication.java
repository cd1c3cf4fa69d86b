package org.tourismpolicing.mediation.it;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** What an integrator's WAR adds to serve the module's resources: the API root and MP-JWT. */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
public class EmbeddingApplication extends Application {}
