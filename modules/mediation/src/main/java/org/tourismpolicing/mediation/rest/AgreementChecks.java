package org.tourismpolicing.mediation.rest;

import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.application.MediationTenant;
import org.tourismpolicing.mediation.domain.VerificationCode;

/**
 * The check of a printed agreement's verification code, as the staff and the public see it alike:
 * case number, room, date, compensation and fulfilment, never names or contacts.
 */
final class AgreementChecks {

  private AgreementChecks() {}

  /** A mistyped code (check character) is a 400 on {@code field}; an unknown one a 404. */
  static MediationDtos.AgreementCheck check(
      CaseService cases, MediationTenant current, String code, String field) {
    String normalized =
        VerificationCode.normalize(code)
            .orElseThrow(() -> ProblemException.invalid(field, "agreement.code.invalid"));
    var c = cases.byVerificationCode(normalized);
    return new MediationDtos.AgreementCheck(
        c.verificationCode(),
        c.caseNumber(),
        current.settings().roomNames().values(),
        c.agreedAt().atZone(current.tenant().timeZone()).toLocalDate(),
        MediationViews.money(c.compensation()),
        c.fulfilmentStatus() == null ? null : c.fulfilmentStatus().code());
  }
}
