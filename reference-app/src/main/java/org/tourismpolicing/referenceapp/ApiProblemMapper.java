package org.tourismpolicing.referenceapp;

import jakarta.ws.rs.ext.Provider;
import org.tourismpolicing.core.problem.ProblemMapper;

/**
 * The whole API of this WAR is the modules', so the runtime's own refusals (no such path, wrong
 * method, unacceptable media type) and any failure outside a module resource are problem answers
 * too. A choice for the whole WAR, which belongs here and never to a module jar.
 */
@Provider
public class ApiProblemMapper extends ProblemMapper {}
