package org.tourismpolicing.mediation.domain;

import java.time.Instant;

/** What is listed of an evidence file without reading its content. */
public record EvidenceSummary(
    String id,
    String fileName,
    String mediaType,
    long sizeBytes,
    String sha256,
    Instant uploadedAt,
    String uploadedBy) {}
