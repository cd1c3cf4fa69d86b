package org.tourismpolicing.referenceapp.benchmark;

/** The names the measured requests carry in Gatling's statistics, and how the report shows them. */
final class Endpoints {

  static final String PING = "ping";
  static final String NEAREST = "nearest open kiosk";
  static final String STAFF_LIST = "staff kiosk list";

  private Endpoints() {}

  static String label(String name) {
    return switch (name) {
      case PING -> "empty: `GET /api/ping`";
      case NEAREST -> "nearest open kiosk: `GET /api/{t}/kiosk-registry/public/kiosks/nearest`";
      case STAFF_LIST -> "staff list: `GET /api/{t}/kiosk-registry/kiosks?limit=50`";
      default -> name;
    };
  }
}
