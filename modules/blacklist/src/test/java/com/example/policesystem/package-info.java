/**
 * An integrator's existing police system, as small as it can be: its own JAX-RS application,
 * resource and exception mappers, outside the project's packages. The blacklist module's embedding
 * test deploys it with core and the module in one WAR.
 */
package com.example.policesystem;
