package org.tourismpolicing.blacklist.domain;

/** Whether an active entry is shown by the public lookup or only to staff and integrators. */
public enum Visibility implements Coded {
  PUBLIC,
  INTERNAL
}
