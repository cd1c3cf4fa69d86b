package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tourismpolicing.core.geo.GeoPoint;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.dispatch.application.UnitService.PositionReport;
import org.tourismpolicing.dispatch.infrastructure.DispatchRepository;

/** Writes one chunk of a position batch in a transaction of its own (see UnitService). */
@ApplicationScoped
public class PositionWriter {

  /** Reports per transaction. */
  public static final int CHUNK = 100;

  @Inject DispatchRepository repository;

  /**
   * Refuses (400, naming each field) a batch with unknown units or times after {@code latest};
   * reads only.
   */
  @Transactional
  public void check(List<PositionReport> reports, Instant latest) {
    Set<String> ids = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      ids.add(reports.get(i).unitId());
      if (reports.get(i).at() != null && reports.get(i).at().isAfter(latest)) {
        errors.add(FieldError.of("positions[" + i + "].at", "position.at.future"));
      }
    }
    Set<String> known = new HashSet<>(repository.existingUnitIds(ids));
    for (int i = 0; i < reports.size(); i++) {
      if (!known.contains(reports.get(i).unitId())) {
        errors.add(
            FieldError.of("positions[" + i + "].unitId", "unit.unknown", reports.get(i).unitId()));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }

  /**
   * Writes the reports (ascending unit order expected) as one JDBC batch, in a transaction of its
   * own; returns how many were stored (a report older than the stored position is not).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int write(List<PositionReport> reports) {
    return repository.reportPositions(reports.stream().map(PositionWriter::toRow).toList());
  }

  private static DispatchRepository.PositionRow toRow(PositionReport r) {
    return new DispatchRepository.PositionRow(
        r.unitId(), GeoPoint.wgs84(r.latitude(), r.longitude()), r.at());
  }
}
