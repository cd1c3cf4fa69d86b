package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.tourismpolicing.informantrewards.domain.TipStatistics;
import org.tourismpolicing.informantrewards.infrastructure.InformantRewardsRepository;

/**
 * The tip line's figures for a span of local days (the seed's kinds: informants, tips, rewards
 * paid), computed from the rows and carrying no identity.
 */
@ApplicationScoped
public class StatisticsService {

  @Inject InformantRewardsRepository repository;
  @Inject InformantTenant current;

  @Transactional
  public TipStatistics between(LocalDate from, LocalDate to) {
    ZoneId zone = current.tenant().timeZone();
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    List<TipStatistics.TipFacts> tips =
        repository.tipsSubmitted(start, end).stream()
            .map(
                t ->
                    new TipStatistics.TipFacts(
                        t.category(), t.status(), t.wasVerifiedTrue(), t.verifiedAt() != null))
            .toList();
    List<TipStatistics.PaymentFacts> payments =
        repository.payments(start, end).stream()
            .map(
                p ->
                    new TipStatistics.PaymentFacts(
                        p.paidAt().atZone(zone).toLocalDate(), p.amount().fen()))
            .toList();
    return TipStatistics.of(
        from,
        to,
        current.currency(),
        repository.informantsRegistered(),
        repository.informantsActive(start, end),
        tips,
        payments);
  }
}
