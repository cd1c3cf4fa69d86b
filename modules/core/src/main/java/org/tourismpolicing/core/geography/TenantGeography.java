package org.tourismpolicing.core.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tourismpolicing.core.geo.GeoPoint;

/**
 * The zones of one tenant, with point lookup and neighbourhood. Immutable; rebuilt when the
 * tenant's documents change.
 */
public final class TenantGeography {

  private final Map<String, Zone> zones;
  private final Map<String, Set<String>> neighbours;
  private final List<Zone> ordered;

  public TenantGeography(List<Zone> zones) {
    Map<String, Zone> byCode = new LinkedHashMap<>();
    zones.forEach(z -> byCode.put(z.code(), z));
    this.zones = Map.copyOf(byCode);
    Map<String, Set<String>> n = new LinkedHashMap<>();
    for (Zone z : zones) {
      n.put(
          z.code(),
          zones.stream()
              .filter(o -> o != z && z.touches(o))
              .map(Zone::code)
              .collect(Collectors.toUnmodifiableSet()));
    }
    this.neighbours = Map.copyOf(n);
    this.ordered = List.copyOf(zones);
  }

  public static TenantGeography empty() {
    return new TenantGeography(List.of());
  }

  public List<Zone> zones() {
    return ordered;
  }

  public Optional<Zone> zone(String code) {
    return Optional.ofNullable(zones.get(code));
  }

  /**
   * The first zone (in document order) that covers the point; zones are expected not to overlap.
   */
  public Optional<Zone> zoneAt(GeoPoint point) {
    return ordered.stream().filter(z -> z.contains(point)).findFirst();
  }

  /** Codes of the zones that border {@code code}. */
  public Set<String> neighboursOf(String code) {
    return neighbours.getOrDefault(code, Set.of());
  }
}
