package org.tourismpolicing.informantrewards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tourismpolicing.core.persistence.Ids;
import org.tourismpolicing.core.persistence.TenantScopedEntity;

/**
 * One message on a tip between the informant and the handler. The informant's side is recorded as
 * {@code informant}, never by name or id, so the thread can be shown to any reviewer.
 */
@Entity
@Table(name = "ir_tip_message")
public class TipMessage extends TenantScopedEntity {

  public static final String INFORMANT_AUTHOR = "informant";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "tip_id", nullable = false, updatable = false, length = 36)
  private String tipId;

  @Column(name = "from_informant", nullable = false, updatable = false)
  private boolean fromInformant;

  @Column(name = "author", nullable = false, updatable = false, length = 200)
  private String author;

  @Column(name = "body", nullable = false, updatable = false, length = 2000)
  private String body;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected TipMessage() {}

  public static TipMessage fromInformant(String tipId, String body, Instant now) {
    return new TipMessage(tipId, true, INFORMANT_AUTHOR, body, now);
  }

  public static TipMessage fromHandler(String tipId, String handler, String body, Instant now) {
    return new TipMessage(tipId, false, handler, body, now);
  }

  private TipMessage(String tipId, boolean fromInformant, String author, String body, Instant now) {
    this.id = Ids.newIdString();
    this.tipId = tipId;
    this.fromInformant = fromInformant;
    this.author = author;
    this.body = body;
    this.sentAt = now;
  }

  public String id() {
    return id;
  }

  public String tipId() {
    return tipId;
  }

  public boolean isFromInformant() {
    return fromInformant;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
