package org.tourismpolicing.dispatch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * A patrol plan for a peak or a holiday (for example National Day week): from one local day to
 * another, groups with shifts, areas or routes, and units. The groups are kept as one JSON document
 * (read and written whole, never queried by their parts).
 */
@Entity
@Table(name = "dp_patrol_plan")
public class PatrolPlan extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "names", nullable = false, length = 4000)
  private LocalizedText names;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "groups_doc", nullable = false, columnDefinition = "TEXT")
  private String groupsDocument;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PatrolPlan() {}

  public PatrolPlan(String code) {
    this.id = Ids.newIdString();
    this.code = code;
  }

  public void define(
      LocalizedText names,
      LocalDate startsOn,
      LocalDate endsOn,
      String groupsDocument,
      Instant now,
      String by) {
    this.names = names;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.groupsDocument = groupsDocument;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /** The groups of {@code groups} on their shift at local time {@code at}. */
  public List<PatrolGroup> onShift(List<PatrolGroup> groups, LocalDateTime at) {
    return groups.stream().filter(g -> g.onShift(at, startsOn, endsOn)).toList();
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public LocalizedText names() {
    return names;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public String groupsDocument() {
    return groupsDocument;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public long version() {
    return version;
  }
}
