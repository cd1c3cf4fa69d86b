package org.tourismpolicing.mediation.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.money.Money;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.domain.Coded;
import org.tourismpolicing.mediation.domain.PartyRole;

/**
 * Converts raw request fields into domain values at the edge, each broken rule named by its field:
 * codes of the module's enumerations, amounts, credit codes, parties, and the version an editor
 * saw.
 */
final class MediationInputs {

  private MediationInputs() {}

  /** The enumeration constant of {@code code}, or null after recording the field's error. */
  static <E extends Enum<E> & Coded> E code(
      RequestFields fields, String field, Class<E> type, String code) {
    E value = Coded.fromCode(type, code).orElse(null);
    fields.require(
        code == null || value != null, field, "mediation.code.unknown", code, Coded.codes(type));
    return value;
  }

  static Money money(
      RequestFields fields, String field, MediationDtos.MoneyInput input, Tenant tenant) {
    if (input == null) {
      return null;
    }
    String currency =
        input.currency() == null ? tenant.currency().getCurrencyCode() : input.currency();
    Money money = fields.convert(field + ".amount", () -> Money.parse(input.amount(), currency));
    fields.require(money == null || !money.isNegative(), field + ".amount", "money.negative");
    return money;
  }

  static UnifiedSocialCreditCode creditCode(RequestFields fields, String field, String text) {
    return text == null ? null : fields.convert(field, () -> UnifiedSocialCreditCode.parse(text));
  }

  static List<CaseService.PartyInput> parties(
      RequestFields fields, String field, List<MediationDtos.PartyInput> inputs) {
    List<CaseService.PartyInput> parties = new ArrayList<>();
    if (inputs == null) {
      return parties;
    }
    for (int i = 0; i < inputs.size(); i++) {
      parties.add(party(fields, field + "[" + i + "].", inputs.get(i)));
    }
    return parties;
  }

  static CaseService.PartyInput party(
      RequestFields fields, String prefix, MediationDtos.PartyInput p) {
    PartyRole role = code(fields, prefix + "role", PartyRole.class, p.role());
    UnifiedSocialCreditCode code = creditCode(fields, prefix + "creditCode", p.creditCode());
    fields.require(
        code == null || role != PartyRole.TOURIST,
        prefix + "creditCode",
        "party.credit-code.not-merchant");
    return new CaseService.PartyInput(role, p.name(), p.contact(), p.language(), code);
  }

  static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, "validation.date", value);
    }
  }
}
