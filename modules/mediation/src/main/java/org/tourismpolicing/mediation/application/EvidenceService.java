package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.tourismpolicing.core.audit.AuditTrail;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.security.CallerIdentity;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.EvidenceAttachment;
import org.tourismpolicing.mediation.domain.EvidenceType;
import org.tourismpolicing.mediation.domain.MediationSettings;
import org.tourismpolicing.mediation.infrastructure.MediationRepository;

/**
 * Evidence files of a case: accepted only in the tenant's types (recognised by content), up to its
 * size and count limits, stored in the database with their SHA-256, and handed out only as
 * downloads to staff of the tenant.
 */
@ApplicationScoped
public class EvidenceService {

  /** File names as shown and sent back: no paths, no control or quoting characters. */
  private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:*?\"<>|\\p{Cntrl}]{1,200}");

  @Inject MediationRepository repository;
  @Inject MediationTenant current;
  @Inject CaseService cases;
  @Inject AuditTrail audit;
  @Inject CallerIdentity caller;
  @Inject Clock clock;

  @Transactional
  public EvidenceAttachment attach(
      String caseId, String declaredType, String fileName, byte[] content) {
    DisputeCase c = cases.require(caseId);
    c.requireOpen();
    MediationSettings.Evidence limits = current.settings().evidence();
    if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
      throw ProblemException.invalid("fileName", "evidence.file-name");
    }
    if (content.length == 0) {
      throw ProblemException.invalid("content", "evidence.empty");
    }
    if (content.length > limits.maxBytes()) {
      throw ProblemException.invalid("content", "evidence.too-large", limits.maxBytes());
    }
    EvidenceType type =
        EvidenceType.sniff(content)
            .filter(t -> limits.mediaTypes().contains(t.mediaType()))
            .orElseThrow(
                () ->
                    ProblemException.invalid(
                        "content", "evidence.type", String.join(", ", limits.mediaTypes())));
    if (!type.mediaType().equalsIgnoreCase(declaredType)) {
      throw ProblemException.invalid(
          "Content-Type", "evidence.type-mismatch", declaredType, type.mediaType());
    }
    if (repository.evidenceCount(caseId) >= limits.maxPerCase()) {
      throw ProblemException.ruleViolation("evidence.too-many", limits.maxPerCase());
    }
    EvidenceAttachment e =
        new EvidenceAttachment(
            caseId, fileName, type, content, sha256(content), clock.instant(), caller.name());
    repository.persist(e);
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("evidenceId", e.id());
    after.put("mediaType", e.mediaType());
    after.put("sizeBytes", e.sizeBytes());
    after.put("sha256", e.sha256());
    audit.record("case.evidence-added", "mediation-case", caseId, null, after);
    return e;
  }

  @Transactional
  public EvidenceAttachment get(String caseId, String evidenceId) {
    cases.require(caseId);
    return repository
        .find(EvidenceAttachment.class, evidenceId)
        .filter(e -> e.caseId().equals(caseId))
        .orElseThrow(() -> ProblemException.notFound("evidence", evidenceId));
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
