package org.tourismpolicing.mediation.application;

import java.util.List;
import java.util.Optional;
import org.tourismpolicing.core.screening.MerchantScreening;
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.DepartmentTask;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.EvidenceSummary;
import org.tourismpolicing.mediation.domain.MediationSession;
import org.tourismpolicing.mediation.domain.Mediator;
import org.tourismpolicing.mediation.domain.SatisfactionLink;

/**
 * A case with everything the mediator sees on it. {@code screening} is empty when no screening
 * service is deployed or neither credit code nor merchant name is known.
 */
public record CaseFile(
    DisputeCase dispute,
    Mediator mediator,
    List<CaseParty> parties,
    List<MediationSession> sessions,
    List<EvidenceSummary> evidence,
    List<DepartmentTask> tasks,
    List<SatisfactionLink> satisfaction,
    Optional<MerchantScreening.Result> screening,
    boolean screeningAvailable) {}
