package org.tourismpolicing.mediation.domain;

/** A task sent to a partner department is open until the department answers it. */
public enum TaskStatus implements Coded {
  OPEN,
  ANSWERED
}
