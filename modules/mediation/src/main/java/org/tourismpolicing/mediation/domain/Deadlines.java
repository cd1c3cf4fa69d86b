package org.tourismpolicing.mediation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time a stage of a case may take, from the tenant's configuration: a registered case is
 * accepted (or declined) within {@code acceptWithin}; an accepted case is decided within {@code
 * decideWithin} of its acceptance (the People's Mediation practice of settling within 30 days); the
 * fulfilment of an agreement is checked by its due date, by default {@code fulfilmentWithin} after
 * the agreement; a department answers its task within {@code taskWithin}.
 */
public record Deadlines(
    Duration acceptWithin, Duration decideWithin, Duration fulfilmentWithin, Duration taskWithin) {

  public static final Deadlines DEFAULT =
      new Deadlines(
          Duration.ofHours(24), Duration.ofDays(30), Duration.ofDays(30), Duration.ofDays(5));

  /** When the current stage of a case is due, or null when nothing is due any more. */
  public Instant dueAt(
      CaseStatus status,
      Instant registeredAt,
      Instant acceptedAt,
      FulfilmentStatus fulfilment,
      LocalDate fulfilmentDueOn,
      ZoneId zone) {
    return switch (status) {
      case REGISTERED -> registeredAt.plus(acceptWithin);
      case ACCEPTED, IN_MEDIATION -> acceptedAt.plus(decideWithin);
      case AGREEMENT_REACHED ->
          fulfilment == FulfilmentStatus.PENDING && fulfilmentDueOn != null
              ? fulfilmentDueOn.plusDays(1).atStartOfDay(zone).toInstant()
              : null;
      case NOT_REACHED, WITHDRAWN -> null;
    };
  }

  /** The default date by which an agreement's fulfilment is checked, on the tenant's calendar. */
  public LocalDate fulfilmentDueOn(Instant agreedAt, ZoneId zone) {
    return agreedAt.plus(fulfilmentWithin).atZone(zone).toLocalDate();
  }
}
