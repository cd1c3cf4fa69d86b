package org.tourismpolicing.core.tenant.config;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The core document ({@code tenant.yaml}) as bound after it passed its schema. */
record CoreDocument(
    String id,
    Map<String, String> names,
    String timeZone,
    List<String> languages,
    String currency,
    String coordinateSystem,
    List<LocalDate> publicHolidays,
    List<ZoneDocument> zones,
    List<DepartmentDocument> departments,
    List<OfficerDocument> officers,
    MapDocument map) {

  record ZoneDocument(String code, String kind, Map<String, String> names, Polygon polygon) {}

  /** A GeoJSON polygon: rings of {@code [longitude, latitude]} positions, outer ring first. */
  record Polygon(String type, List<List<List<Double>>> coordinates) {}

  record DepartmentDocument(String code, String kind, Map<String, String> names) {}

  record OfficerDocument(String badge, String name, String team) {}

  record MapDocument(TilesDocument tiles) {}

  record TilesDocument(
      String url,
      String subdomains,
      String attribution,
      String coordinateSystem,
      Integer maxZoom) {}
}
