package org.tourismpolicing.blacklist.domain;

import java.time.Instant;

/**
 * One piece of an entry's evidence as lists show it: everything but a document's content, which
 * only the download reads.
 */
public record EvidenceItem(
    String id,
    String entryId,
    EvidenceKind kind,
    String reference,
    String note,
    String fileName,
    String mediaType,
    Long sizeBytes,
    String sha256,
    String addedBy,
    Instant addedAt) {}
