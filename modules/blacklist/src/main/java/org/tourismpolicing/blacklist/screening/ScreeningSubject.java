package org.tourismpolicing.blacklist.screening;

import java.util.List;
import java.util.UUID;

/**
 * What the screening index keeps of one listed subject: only what matching needs.
 *
 * @param entryId the blacklist entry's id
 * @param kind business or person
 * @param name the registered name (business) or full name (person), as entered
 * @param aliases other names: short name, shop sign, former name (may be empty)
 * @param creditCode the unified social credit code of a business, or null
 * @param idNumberHash the keyed hash of a person's resident ID number, or null (never the number)
 */
public record ScreeningSubject(
    UUID entryId,
    SubjectKind kind,
    String name,
    List<String> aliases,
    String creditCode,
    String idNumberHash) {}
