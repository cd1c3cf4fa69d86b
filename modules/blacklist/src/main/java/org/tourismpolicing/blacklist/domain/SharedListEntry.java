package org.tourismpolicing.blacklist.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.tourismpolicing.blacklist.screening.SubjectKind;
import org.tourismpolicing.core.persistence.Ids;

/**
 * An active entry a tenant published to a shared list (for example all stations of a prefecture).
 * Not tenant-scoped: it belongs to the deployment, and only what screening needs is copied (names,
 * credit code, the ID number hashed with the deployment's shared key, category). Tenants that
 * screen against the list see these rows and nothing else of the publisher. A row is withdrawn when
 * its entry stops being active or the publisher withdraws it.
 */
@Entity
@Table(name = "bl_shared_entry")
public class SharedListEntry {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "list_code", nullable = false, updatable = false, length = 40)
  private String listCode;

  @Column(name = "publisher_tenant", nullable = false, updatable = false, length = 40)
  private String publisherTenant;

  @Column(name = "entry_id", nullable = false, updatable = false, length = 36)
  private String entryId;

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_kind", nullable = false, length = 20)
  private SubjectKind kind;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Column(name = "aliases", length = 2000)
  private String aliases;

  @Column(name = "credit_code", length = 18)
  private String creditCode;

  @Column(name = "id_number_shared_hash", length = 64)
  private String idNumberSharedHash;

  @Column(name = "category", nullable = false, length = 40)
  private String category;

  @Column(name = "effective_to", nullable = false)
  private Instant effectiveTo;

  @Column(name = "withdrawn", nullable = false)
  private boolean withdrawn;

  @Column(name = "published_by", nullable = false, length = 200)
  private String publishedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SharedListEntry() {}

  public static SharedListEntry publish(
      String listCode, String publisherTenant, BlacklistEntry entry, String by, Instant now) {
    SharedListEntry s = new SharedListEntry();
    s.id = Ids.newIdString();
    s.listCode = listCode;
    s.publisherTenant = publisherTenant;
    s.entryId = entry.id();
    s.republish(entry, by, now);
    return s;
  }

  /** Copies the entry again and makes the row visible. */
  public void republish(BlacklistEntry entry, String by, Instant now) {
    kind = entry.kind();
    name = entry.name();
    aliases = String.join("\n", entry.aliases());
    creditCode = entry.creditCode();
    idNumberSharedHash = entry.idNumberSharedHash();
    category = entry.category();
    effectiveTo = entry.effectiveTo();
    withdrawn = false;
    publishedBy = by;
    updatedAt = now;
  }

  public void withdraw(Instant now) {
    withdrawn = true;
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String listCode() {
    return listCode;
  }

  public String publisherTenant() {
    return publisherTenant;
  }

  public String entryId() {
    return entryId;
  }

  public SubjectKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public List<String> aliases() {
    return aliases == null || aliases.isBlank() ? List.of() : List.of(aliases.split("\n"));
  }

  public String creditCode() {
    return creditCode;
  }

  public String idNumberSharedHash() {
    return idNumberSharedHash;
  }

  public String category() {
    return category;
  }

  public Instant effectiveTo() {
    return effectiveTo;
  }

  public boolean withdrawn() {
    return withdrawn;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
