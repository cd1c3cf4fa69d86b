package com.example.policesystem;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/** The host's one JAX-RS application, written as docs/embedding.md says; the module joins it. */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
public class PoliceSystemApplication extends Application {}
