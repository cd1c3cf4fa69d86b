package org.tourismpolicing.blacklist.screening;

/** Whether a listed subject is a business or a person. */
public enum SubjectKind {
  BUSINESS,
  PERSON
}
