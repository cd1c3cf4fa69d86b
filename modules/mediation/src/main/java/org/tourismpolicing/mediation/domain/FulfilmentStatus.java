package org.tourismpolicing.mediation.domain;

/** Whether the parties did what their agreement says, as the follow-up found. */
public enum FulfilmentStatus implements Coded {
  PENDING,
  FULFILLED,
  NOT_FULFILLED
}
