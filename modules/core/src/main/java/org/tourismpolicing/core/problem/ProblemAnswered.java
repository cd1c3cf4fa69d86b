package org.tourismpolicing.core.problem;

/** A request was refused with a problem of this type (for metrics and monitoring). */
public record ProblemAnswered(ProblemType type) {}
