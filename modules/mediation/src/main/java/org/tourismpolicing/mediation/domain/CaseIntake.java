package org.tourismpolicing.mediation.domain;

import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.money.Money;

/** What is known of a dispute when it is registered. */
public record CaseIntake(
    CaseSource source,
    String sourceRef,
    String category,
    String description,
    Money amount,
    String merchantName,
    UnifiedSocialCreditCode merchantCreditCode,
    String zoneCode,
    String language) {}
