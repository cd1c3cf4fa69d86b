package org.tourismpolicing.mediation.domain;

import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.money.Money;

/**
 * What is known of a dispute when it is registered.
 *
 * @param sourceRef the source's own reference: incident id, outreach visit id, hotline ticket, the
 *     referring department's file number; null for a walk-in
 * @param referringDepartment for a department referral, the department's code
 */
public record CaseIntake(
    CaseSource source,
    String sourceRef,
    String referringDepartment,
    String category,
    String description,
    Money amount,
    String merchantName,
    UnifiedSocialCreditCode merchantCreditCode,
    String zoneCode,
    String language) {}
