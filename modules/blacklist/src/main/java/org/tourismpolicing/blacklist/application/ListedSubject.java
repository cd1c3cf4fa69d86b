package org.tourismpolicing.blacklist.application;

import java.util.List;
import java.util.UUID;
import org.tourismpolicing.blacklist.domain.BlacklistEntry;
import org.tourismpolicing.blacklist.domain.SharedListEntry;
import org.tourismpolicing.blacklist.domain.Visibility;
import org.tourismpolicing.blacklist.screening.ScreeningSubject;
import org.tourismpolicing.blacklist.screening.SubjectKind;

/**
 * What the screening side keeps of a listed entry besides the index: enough to answer a hit without
 * reading the database. Persons' ID numbers are there only as hashes.
 *
 * @param source {@code own} or {@code shared:<list>}
 * @param publisher the tenant whose entry it is
 */
public record ListedSubject(
    UUID entryId,
    String source,
    String publisher,
    SubjectKind kind,
    String name,
    List<String> aliases,
    String creditCode,
    String idNumberHash,
    String category,
    Visibility visibility) {

  static ListedSubject own(String tenant, BlacklistEntry e) {
    return new ListedSubject(
        UUID.fromString(e.id()),
        "own",
        tenant,
        e.kind(),
        e.name(),
        e.aliases(),
        e.creditCode(),
        e.idNumberHash(),
        e.category(),
        e.visibility());
  }

  /** From a row of {@code BlacklistRepository.listedPage}. */
  static ListedSubject ownRow(String tenant, Object[] r) {
    String aliases = (String) r[3];
    return new ListedSubject(
        UUID.fromString((String) r[0]),
        "own",
        tenant,
        (SubjectKind) r[1],
        (String) r[2],
        aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split("\n")),
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (Visibility) r[7]);
  }

  static ListedSubject shared(SharedListEntry s) {
    return new ListedSubject(
        UUID.fromString(s.entryId()),
        "shared:" + s.listCode(),
        s.publisherTenant(),
        s.kind(),
        s.name(),
        s.aliases(),
        s.creditCode(),
        s.idNumberSharedHash(),
        s.category(),
        Visibility.INTERNAL);
  }

  ScreeningSubject subject() {
    return new ScreeningSubject(entryId, kind, name, aliases, creditCode, idNumberHash);
  }
}
