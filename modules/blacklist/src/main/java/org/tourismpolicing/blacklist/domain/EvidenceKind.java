package org.tourismpolicing.blacklist.domain;

/**
 * A piece of evidence: an uploaded document, or a reference by id to a record of another module
 * (ids only; the blacklist does not depend on those modules).
 */
public enum EvidenceKind implements Coded {
  DOCUMENT,
  INCIDENT,
  MEDIATION_CASE,
  TIP
}
