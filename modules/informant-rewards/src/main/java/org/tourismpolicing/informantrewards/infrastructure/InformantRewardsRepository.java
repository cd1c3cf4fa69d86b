package org.tourismpolicing.informantrewards.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tourismpolicing.core.persistence.TenantEntityManagers;
import org.tourismpolicing.informantrewards.domain.Informant;
import org.tourismpolicing.informantrewards.domain.Reward;
import org.tourismpolicing.informantrewards.domain.RewardPayment;
import org.tourismpolicing.informantrewards.domain.Tip;
import org.tourismpolicing.informantrewards.domain.TipMessage;
import org.tourismpolicing.informantrewards.domain.TipPhoto;
import org.tourismpolicing.informantrewards.domain.TipStatus;

/**
 * The informant rewards tables, always through an entity manager of the current tenant. The two
 * native statements (the budget's conditional update) name the tenant themselves.
 */
@ApplicationScoped
public class InformantRewardsRepository {

  private static final String NATIVE_ALLOWED = "eclipselink.jdbc.allow-native-sql-query";

  @PersistenceUnit(unitName = "informant-rewards")
  EntityManagerFactory unit;

  @Inject TenantEntityManagers managers;

  public EntityManager em() {
    return managers.of(unit);
  }

  public void persist(Object entity) {
    em().persist(entity);
  }

  public <T> Optional<T> find(Class<T> type, String id) {
    return Optional.ofNullable(em().find(type, id));
  }

  public Optional<Informant> informantByPhoneHash(String hash) {
    return em().createQuery("select i from Informant i where i.phoneHash = :h", Informant.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  public List<Informant> informants(int first, int limit) {
    return em().createQuery(
            "select i from Informant i order by i.registeredAt desc, i.id desc", Informant.class)
        .setFirstResult(first)
        .setMaxResults(limit)
        .getResultList();
  }

  public Optional<Tip> tipByReceipt(String receiptHash) {
    return em().createQuery("select t from Tip t where t.receiptHash = :h", Tip.class)
        .setParameter("h", receiptHash)
        .getResultStream()
        .findFirst();
  }

  /** The same text from the same client since {@code since} (spam duplicate check). */
  public boolean duplicateSince(String clientHash, String textHash, Instant since) {
    return !em().createQuery(
            "select t.id from Tip t where t.clientHash = :c and t.textHash = :x"
                + " and t.submittedAt >= :since",
            String.class)
        .setParameter("c", clientHash)
        .setParameter("x", textHash)
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Tips newest first after a cursor position, with optional filters. */
  public List<Tip> tips(
      TipStatus status,
      String category,
      String informantId,
      Instant beforeAt,
      String beforeId,
      int limit) {
    StringBuilder jpql = new StringBuilder("select t from Tip t where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (status != null) {
      jpql.append(" and t.status = :status");
      params.put("status", status);
    }
    if (category != null) {
      jpql.append(" and t.category = :category");
      params.put("category", category);
    }
    if (informantId != null) {
      jpql.append(" and t.informantId = :informant");
      params.put("informant", informantId);
    }
    if (beforeAt != null) {
      jpql.append(" and (t.submittedAt < :at or (t.submittedAt = :at and t.id < :id))");
      params.put("at", beforeAt);
      params.put("id", beforeId);
    }
    jpql.append(" order by t.submittedAt desc, t.id desc");
    TypedQuery<Tip> q = em().createQuery(jpql.toString(), Tip.class);
    params.forEach(q::setParameter);
    return q.setMaxResults(limit).getResultList();
  }

  public List<TipMessage> messages(String tipId) {
    return em().createQuery(
            "select m from TipMessage m where m.tipId = :tip order by m.sentAt, m.id",
            TipMessage.class)
        .setParameter("tip", tipId)
        .getResultList();
  }

  public long photoCount(String tipId) {
    return em().createQuery("select count(p) from TipPhoto p where p.tipId = :tip", Long.class)
        .setParameter("tip", tipId)
        .getSingleResult();
  }

  /** The tip's photos without their content. */
  public List<Object[]> photoSummaries(String tipId) {
    return em().createQuery(
            "select p.id, p.mediaType, p.sizeBytes, p.sha256, p.uploadedAt from TipPhoto p"
                + " where p.tipId = :tip order by p.uploadedAt, p.id",
            Object[].class)
        .setParameter("tip", tipId)
        .getResultList();
  }

  public Optional<TipPhoto> photo(String tipId, String photoId) {
    return find(TipPhoto.class, photoId).filter(p -> p.tipId().equals(tipId));
  }

  public Optional<Reward> rewardOfTip(String tipId) {
    return em().createQuery("select r from Reward r where r.tipId = :tip", Reward.class)
        .setParameter("tip", tipId)
        .getResultStream()
        .findFirst();
  }

  public Optional<RewardPayment> paymentOf(String rewardId) {
    return em().createQuery(
            "select p from RewardPayment p where p.rewardId = :r", RewardPayment.class)
        .setParameter("r", rewardId)
        .getResultStream()
        .findFirst();
  }

  public List<RewardPayment> payments(Instant from, Instant to) {
    return em().createQuery(
            "select p from RewardPayment p where p.paidAt >= :from and p.paidAt < :to"
                + " order by p.paidAt, p.id",
            RewardPayment.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public List<Tip> tipsSubmitted(Instant from, Instant to) {
    return em().createQuery(
            "select t from Tip t where t.submittedAt >= :from and t.submittedAt < :to", Tip.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** Informants who registered or submitted a tip in the span. */
  public long informantsActive(Instant from, Instant to) {
    return em().createQuery(
            "select count(i) from Informant i where i.lastActiveAt >= :from"
                + " and i.registeredAt < :to",
            Long.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  public long informantsRegistered() {
    return em().createQuery("select count(i) from Informant i", Long.class).getSingleResult();
  }

  /**
   * Creates the period's budget row if it is missing, and makes its limit follow the configuration.
   * Run in a transaction of its own ({@code BudgetRows}), so approvals only ever update the row.
   */
  public void ensureBudget(String tenant, String period, long limitFen) {
    em().createNativeQuery(
            "INSERT INTO ir_reward_budget (tenant_id, period, limit_fen, committed_fen)"
                + " VALUES (?1, ?2, ?3, 0) ON DUPLICATE KEY UPDATE limit_fen = ?3")
        .setParameter(1, tenant)
        .setParameter(2, period)
        .setParameter(3, limitFen)
        .setHint(NATIVE_ALLOWED, true)
        .executeUpdate();
  }

  /**
   * Adds {@code fen} to the period's approved total if it stays within the limit: one conditional
   * statement under the row's lock, so of two approvals racing for the last of a budget one wins
   * and the other, re-reading the row after the winner commits, updates nothing.
   *
   * @return whether the amount fitted and was counted
   */
  public boolean commitBudget(String tenant, String period, long fen) {
    int updated =
        em().createNativeQuery(
                "UPDATE ir_reward_budget SET committed_fen = committed_fen + ?1"
                    + " WHERE tenant_id = ?2 AND period = ?3 AND committed_fen + ?1 <= limit_fen")
            .setParameter(1, fen)
            .setParameter(2, tenant)
            .setParameter(3, period)
            .setHint(NATIVE_ALLOWED, true)
            .executeUpdate();
    return updated == 1;
  }

  /** The period's approved total so far (0 when nothing was approved in it). */
  public long committed(String tenant, String period) {
    List<?> rows =
        em().createNativeQuery(
                "SELECT committed_fen FROM ir_reward_budget WHERE tenant_id = ?1 AND period = ?2")
            .setParameter(1, tenant)
            .setParameter(2, period)
            .setHint(NATIVE_ALLOWED, true)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  public void flush() {
    em().flush();
  }
}
