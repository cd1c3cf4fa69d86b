package org.tourismpolicing.referenceapp.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a tenant holds, counted straight from the database: rows of every kiosk-registry and
 * dispatch table and informant-rewards table, the sum of versions, amenity stock and unit positions
 * (so an update shows too), audit records and idempotency records. Taken before and after refused
 * requests to prove they wrote nothing.
 */
public final class Rows {

  private static final Map<String, String> QUERIES = new LinkedHashMap<>();

  static {
    QUERIES.put("kiosks", "select count(*) from kr_kiosk where tenant_id = ?");
    QUERIES.put(
        "kiosk versions", "select coalesce(sum(version), 0) from kr_kiosk where tenant_id = ?");
    QUERIES.put("amenities", "select count(*) from kr_amenity where tenant_id = ?");
    QUERIES.put(
        "amenity stock", "select coalesce(sum(stock), 0) from kr_amenity where tenant_id = ?");
    QUERIES.put(
        "amenity versions", "select coalesce(sum(version), 0) from kr_amenity where tenant_id = ?");
    QUERIES.put("duty", "select count(*) from kr_duty_assignment where tenant_id = ?");
    QUERIES.put(
        "duty versions",
        "select coalesce(sum(version), 0) from kr_duty_assignment where tenant_id = ?");
    QUERIES.put("walk-ins", "select count(*) from kr_walk_in where tenant_id = ?");
    QUERIES.put("incidents", "select count(*) from dp_incident where tenant_id = ?");
    QUERIES.put(
        "incident versions",
        "select coalesce(sum(version), 0) from dp_incident where tenant_id = ?");
    QUERIES.put("units", "select count(*) from dp_unit where tenant_id = ?");
    QUERIES.put(
        "unit versions", "select coalesce(sum(version), 0) from dp_unit where tenant_id = ?");
    QUERIES.put(
        "unit positions",
        "select coalesce(sum(floor(latitude * 1000000) + floor(longitude * 1000000)), 0)"
            + " from dp_unit where tenant_id = ?");
    QUERIES.put("assignments", "select count(*) from dp_assignment where tenant_id = ?");
    QUERIES.put("timeline", "select count(*) from dp_timeline where tenant_id = ?");
    QUERIES.put("patrol plans", "select count(*) from dp_patrol_plan where tenant_id = ?");
    QUERIES.put(
        "patrol plan versions",
        "select coalesce(sum(version), 0) from dp_patrol_plan where tenant_id = ?");
    QUERIES.put("informants", "select count(*) from ir_informant where tenant_id = ?");
    QUERIES.put(
        "informant versions",
        "select coalesce(sum(version), 0) from ir_informant where tenant_id = ?");
    QUERIES.put("registrations", "select count(*) from ir_registration where tenant_id = ?");
    QUERIES.put(
        "registration attempts",
        "select coalesce(sum(attempts), 0) from ir_registration where tenant_id = ?");
    QUERIES.put("tips", "select count(*) from ir_tip where tenant_id = ?");
    QUERIES.put("tip versions", "select coalesce(sum(version), 0) from ir_tip where tenant_id = ?");
    QUERIES.put("tip messages", "select count(*) from ir_tip_message where tenant_id = ?");
    QUERIES.put("tip photos", "select count(*) from ir_tip_photo where tenant_id = ?");
    QUERIES.put("rewards", "select count(*) from ir_reward where tenant_id = ?");
    QUERIES.put(
        "reward versions", "select coalesce(sum(version), 0) from ir_reward where tenant_id = ?");
    QUERIES.put("reward payments", "select count(*) from ir_reward_payment where tenant_id = ?");
    QUERIES.put(
        "reward budget committed",
        "select coalesce(sum(committed_fen), 0) from ir_reward_budget where tenant_id = ?");
    QUERIES.put("blacklist entries", "select count(*) from bl_entry where tenant_id = ?");
    QUERIES.put(
        "blacklist entry versions",
        "select coalesce(sum(version), 0) from bl_entry where tenant_id = ?");
    QUERIES.put("blacklist appeals", "select count(*) from bl_appeal where tenant_id = ?");
    QUERIES.put(
        "blacklist appeal versions",
        "select coalesce(sum(version), 0) from bl_appeal where tenant_id = ?");
    QUERIES.put("blacklist evidence", "select count(*) from bl_evidence where tenant_id = ?");
    QUERIES.put("blacklist watches", "select count(*) from bl_watch where tenant_id = ?");
    QUERIES.put(
        "blacklist shared rows", "select count(*) from bl_shared_entry where publisher_tenant = ?");
    QUERIES.put("audit records", "select count(*) from core_audit_record where tenant_id = ?");
    QUERIES.put(
        "idempotency records", "select count(*) from core_idempotency_record where tenant_id = ?");
    QUERIES.put("outbox hand-offs", "select count(*) from core_outbox where tenant_id = ?");
    QUERIES.put("tenant register", "select count(*) from core_tenant where id = ?");
  }

  private final String tenant;
  private final Map<String, Long> counts;

  private Rows(String tenant, Map<String, Long> counts) {
    this.tenant = tenant;
    this.counts = counts;
  }

  public static Rows of(String tenant) {
    StringBuilder sql = new StringBuilder("select ");
    Object[] params = new Object[QUERIES.size()];
    int i = 0;
    for (String query : QUERIES.values()) {
      sql.append(i == 0 ? "" : ", ").append('(').append(query).append(')');
      params[i++] = tenant;
    }
    List<Long> values = Database.longs(sql.toString(), params);
    Map<String, Long> counts = new LinkedHashMap<>();
    i = 0;
    for (String name : QUERIES.keySet()) {
      counts.put(name, values.get(i++));
    }
    return new Rows(tenant, counts);
  }

  /** Fails unless the tenant's rows are exactly as they were. */
  public void assertUnchanged() {
    assertThat(of(tenant).counts).as("rows of tenant %s", tenant).isEqualTo(counts);
  }

  public long get(String name) {
    return counts.get(name);
  }

  /** Nothing at all is stored for the tenant (it was never created). */
  public static void assertNothingStored(String tenant) {
    assertThat(of(tenant).counts.values()).as("rows of tenant %s", tenant).containsOnly(0L);
  }
}
