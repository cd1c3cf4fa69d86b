package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.informantrewards.domain.PaymentMethod;
import org.tourismpolicing.informantrewards.domain.ReceiptCodes;
import org.tourismpolicing.informantrewards.domain.Reward;
import org.tourismpolicing.informantrewards.domain.Tip;

/**
 * Cash handed over at the station against the tip's receipt code: whoever presents the code is
 * paid, so the informant never has to say who they are. The handler types the code the informant
 * shows; a code of another tip is refused.
 */
@ApplicationScoped
public class CashPayout implements RewardPayout {

  @Override
  public boolean supports(PaymentMethod method) {
    return method == PaymentMethod.CASH;
  }

  @Override
  public String execute(Reward reward, Tip tip, PaymentRequest request) {
    boolean matches =
        ReceiptCodes.normalise(request.receiptCode())
            .map(ReceiptCodes::hash)
            .filter(h -> h.equals(tip.receiptHash()))
            .isPresent();
    if (!matches) {
      throw ProblemException.invalid("receiptCode", "reward.cash.receipt-mismatch");
    }
    return request.reference() == null || request.reference().isBlank()
        ? "cash"
        : request.reference().strip();
  }
}
