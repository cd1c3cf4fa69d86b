package org.tourismpolicing.mediation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * A mediator of the room's roster, imported from the tenant's {@code mediation.yaml} by code: a
 * police officer (with a badge of the station's roster) or a volunteer people's mediator. A
 * mediator dropped from the document is kept, inactive, so the cases they handled still name them.
 */
@Entity
@Table(name = "mediation_mediator")
public class Mediator extends TenantScopedEntity {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "badge", length = 40)
  private String badge;

  @Column(name = "phone", length = 30)
  private String phone;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Mediator() {}

  public Mediator(MediationSettings.MediatorDefinition d, Instant now) {
    this.id = Ids.newIdString();
    this.code = d.code();
    describe(d, now);
  }

  /** Follows the document: name, badge, phone; active again if it was dropped before. */
  public void describe(MediationSettings.MediatorDefinition d, Instant now) {
    this.name = d.name();
    this.badge = d.badge();
    this.phone = d.phone();
    this.active = true;
    this.updatedAt = now;
  }

  public void deactivate(Instant now) {
    this.active = false;
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String badge() {
    return badge;
  }

  public String phone() {
    return phone;
  }

  public boolean active() {
    return active;
  }
}
