package org.tourismpolicing.mediation.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A tenant's mediation room as its {@code mediation.yaml} describes it: name, dispute categories,
 * deadlines, the departments tasks go to, evidence limits, satisfaction links and the mediators.
 */
public record MediationSettings(
    LocalizedText roomNames,
    LocalizedText roomAddress,
    String roomPhone,
    List<Category> categories,
    String referralCategory,
    Deadlines deadlines,
    Set<String> taskDepartments,
    Evidence evidence,
    Duration satisfactionLinkValidity,
    List<MediatorDefinition> mediators) {

  public static final String MODULE = "mediation";

  public MediationSettings {
    categories = List.copyOf(categories);
    taskDepartments = Set.copyOf(taskDepartments);
    mediators = List.copyOf(mediators);
  }

  public Optional<Category> category(String code) {
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** A kind of dispute (price, accommodation, shopping …). */
  public record Category(String code, LocalizedText names) {}

  /** A mediator of the room: a police officer of the roster (badge) or a volunteer mediator. */
  public record MediatorDefinition(String code, String name, String badge, String phone) {}

  /** Limits of evidence attachments. */
  public record Evidence(long maxBytes, int maxPerCase, Set<String> mediaTypes) {
    public Evidence {
      mediaTypes = Set.copyOf(mediaTypes);
    }

    public static final Evidence DEFAULT =
        new Evidence(
            5L * 1024 * 1024,
            20,
            Set.of(
                EvidenceType.JPEG.mediaType(),
                EvidenceType.PNG.mediaType(),
                EvidenceType.PDF.mediaType()));
  }
}
