package org.tourismpolicing.core.audit;

/**
 * The result of checking a tenant's audit chain: intact, or the first record that does not fit
 * (edited, inserted or deleted behind the application's back) and why.
 */
public record AuditVerification(
    boolean intact, long recordsChecked, Long firstBadSeq, String reason) {

  static AuditVerification intact(long checked) {
    return new AuditVerification(true, checked, null, null);
  }

  static AuditVerification broken(long checked, long seq, String reason) {
    return new AuditVerification(false, checked, seq, reason);
  }
}
