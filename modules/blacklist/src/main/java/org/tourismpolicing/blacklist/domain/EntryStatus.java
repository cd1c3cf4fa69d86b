package org.tourismpolicing.blacklist.domain;

/**
 * Where a blacklist entry is in its life cycle (see {@link BlacklistEntry}). Only {@link #ACTIVE}
 * entries are screened against and shown publicly.
 */
public enum EntryStatus implements Coded {
  /** Entered by a department or the station, waiting for every required sign-off. */
  PROPOSED,
  /** Signed off by everyone required; listed from its effective date, not yet reached. */
  SIGNED_OFF,
  /** Listed: joint measures apply, screening finds it. */
  ACTIVE,
  /** Paused while an appeal is under review (when the tenant's configuration says so). */
  SUSPENDED,
  /** The validity period ended. */
  EXPIRED,
  /** Withdrawn by the issuing side, with a reason. */
  REVOKED,
  /** Removed early after the subject rectified (信用修复), with the reason. */
  CREDIT_REPAIRED,
  /** Ended because an appeal was upheld in the subject's favour (the listing overturned). */
  REVOKED_BY_APPEAL;

  /** Whether the entry has ended for good. */
  public boolean isFinal() {
    return this == EXPIRED
        || this == REVOKED
        || this == CREDIT_REPAIRED
        || this == REVOKED_BY_APPEAL;
  }
}
