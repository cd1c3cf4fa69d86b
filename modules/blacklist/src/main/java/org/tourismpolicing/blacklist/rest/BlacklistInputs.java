package org.tourismpolicing.blacklist.rest;

import java.time.LocalDate;
import java.util.Locale;
import org.tourismpolicing.blacklist.application.HashKeys;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.Coded;
import org.tourismpolicing.blacklist.domain.Masking;
import org.tourismpolicing.blacklist.domain.Visibility;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.identifiers.IdentifierText;
import org.tourismpolicing.core.identifiers.ResidentIdNumber;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.problem.RequestFields;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.TenantId;

/**
 * Converts raw request fields into domain values at the edge, each broken rule named by its field:
 * subject kinds, identifiers (check digits), dates, codes, and the version an editor saw.
 */
final class BlacklistInputs {

  private BlacklistInputs() {}

  static <E extends Enum<E> & Coded> E code(
      RequestFields fields, String field, Class<E> type, String code) {
    E value = Coded.fromCode(type, code).orElse(null);
    fields.require(
        code == null || value != null, field, "blacklist.code.unknown", code, Coded.codes(type));
    return value;
  }

  static SubjectKind kind(RequestFields fields, String field, String text) {
    if (text == null) {
      return null;
    }
    for (SubjectKind k : SubjectKind.values()) {
      if (k.name().toLowerCase(Locale.ROOT).equals(text)) {
        return k;
      }
    }
    fields.reject(field, "blacklist.code.unknown", text, "business, person");
    return null;
  }

  static String kindCode(SubjectKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  static UnifiedSocialCreditCode creditCode(RequestFields fields, String field, String text) {
    return text == null ? null : fields.convert(field, () -> UnifiedSocialCreditCode.parse(text));
  }

  static ResidentIdNumber idNumber(RequestFields fields, String field, String text) {
    return text == null ? null : fields.convert(field, () -> ResidentIdNumber.parse(text));
  }

  static LocalDate date(RequestFields fields, String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      fields.reject(field, "entry.date.invalid", text);
      return null;
    }
  }

  /** The subject of a new entry, identifiers checked and persons' numbers hashed and masked. */
  static BlacklistEntry.Subject subject(
      RequestFields fields, BlacklistDtos.NewEntry body, HashKeys keys, TenantId tenant) {
    SubjectKind kind = kind(fields, "kind", body.kind());
    UnifiedSocialCreditCode code = creditCode(fields, "creditCode", body.creditCode());
    ResidentIdNumber id = idNumber(fields, "idNumber", body.idNumber());
    String phoneDigits = body.phone() == null ? null : IdentifierText.phone(body.phone());
    fields.require(
        phoneDigits == null || phoneDigits.matches("[0-9]{7,15}"), "phone", "entry.phone.invalid");
    if (kind == SubjectKind.BUSINESS) {
      fields.require(body.idNumber() == null, "idNumber", "entry.field.person-only");
      fields.require(body.phone() == null, "phone", "entry.field.person-only");
    }
    if (kind == SubjectKind.PERSON) {
      fields.require(body.creditCode() == null, "creditCode", "entry.field.business-only");
      fields.require(
          body.legalRepresentative() == null, "legalRepresentative", "entry.field.business-only");
    }
    if (!fields.isValid() || kind == null) {
      return null;
    }
    return new BlacklistEntry.Subject(
        kind,
        body.name(),
        body.aliases() == null ? java.util.List.of() : body.aliases(),
        code == null ? null : code.value(),
        body.address(),
        body.legalRepresentative(),
        id == null ? null : keys.hash(tenant, id.value()),
        id == null ? null : keys.sharedHash(id.value()),
        id == null ? null : id.masked(),
        phoneDigits == null ? null : keys.hash(tenant, "phone:" + phoneDigits),
        phoneDigits == null ? null : Masking.phone(phoneDigits));
  }

  static Visibility visibility(RequestFields fields, String text) {
    if (text == null) {
      return Visibility.INTERNAL;
    }
    return code(fields, "visibility", Visibility.class, text);
  }

  static void departments(RequestFields fields, java.util.List<String> codes, Tenant tenant) {
    for (int i = 0; i < codes.size(); i++) {
      fields.require(
          tenant.department(codes.get(i)).isPresent(),
          "departments[" + i + "]",
          "entry.department.unknown",
          codes.get(i));
    }
  }
}
