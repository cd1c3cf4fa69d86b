package org.tourismpolicing.informantrewards.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tourismpolicing.core.paging.Keyset;
import org.tourismpolicing.core.paging.KeysetQuery;
import org.tourismpolicing.core.paging.Page;
import org.tourismpolicing.core.paging.PageRequest;
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

  /** Informants newest first. */
  public Page<Informant> informants(PageRequest page) {
    return KeysetQuery.select("select i from Informant i", Informant.class)
        .page(
            em(),
            Keyset.newestFirst("i.registeredAt", "i.id"),
            page,
            i -> List.of(i.registeredAt(), i.id()));
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

  /** Tips newest first, with optional filters. */
  public Page<Tip> tips(TipStatus status, String category, String informantId, PageRequest page) {
    return KeysetQuery.select("select t from Tip t", Tip.class)
        .where("t.status = :status", "status", status)
        .where("t.category = :category", "category", category)
        .where("t.informantId = :informant", "informant", informantId)
        .page(
            em(),
            Keyset.newestFirst("t.submittedAt", "t.id"),
            page,
            t -> List.of(t.submittedAt(), t.id()));
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

  /** Ledger lines paid in [from, to), oldest first. */
  public Page<RewardPayment> payments(Instant from, Instant to, PageRequest page) {
    return KeysetQuery.select("select p from RewardPayment p", RewardPayment.class)
        .where("p.paidAt >= :from", "from", from)
        .where("p.paidAt < :to", "to", to)
        .page(em(), Keyset.oldestFirst("p.paidAt", "p.id"), page, p -> List.of(p.paidAt(), p.id()));
  }

  /** Every ledger line paid in [from, to), for the statistics of that span. */
  public List<RewardPayment> payments(Instant from, Instant to) {
    return em().createQuery(
            "select p from RewardPayment p where p.paidAt >= :from and p.paidAt < :to"
                + " order by p.paidAt, p.id",
            RewardPayment.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /** What was paid in [from, to), in fen, all pages together. */
  public long paidFen(Instant from, Instant to) {
    Number sum =
        em().createQuery(
                "select coalesce(sum(p.amountFen), 0) from RewardPayment p"
                    + " where p.paidAt >= :from and p.paidAt < :to",
                Number.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return sum.longValue();
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
