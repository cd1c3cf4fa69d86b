package org.tourismpolicing.informantrewards.application;

import org.tourismpolicing.informantrewards.domain.PaymentMethod;
import org.tourismpolicing.informantrewards.domain.Reward;
import org.tourismpolicing.informantrewards.domain.Tip;

/**
 * Executes the payment of an approved reward by one method. The module ships {@link CashPayout}; a
 * deployment adds bank transfer or mobile payment as {@code @ApplicationScoped} beans implementing
 * this interface (the ledger line is written by the module once {@link #execute} returns, in the
 * same transaction; an exception leaves nothing paid).
 */
public interface RewardPayout {

  boolean supports(PaymentMethod method);

  /**
   * Pays the reward, or refuses with a {@link org.tourismpolicing.core.problem.ProblemException}.
   *
   * @param request what the handler gave: the method, a reference and, for cash, the receipt code
   *     the informant presented
   * @return the payment's reference for the ledger (the provider's transaction id, or the
   *     handler's)
   */
  String execute(Reward reward, Tip tip, PaymentRequest request);

  /** What the handler sends to pay. */
  record PaymentRequest(PaymentMethod method, String reference, String receiptCode) {}
}
