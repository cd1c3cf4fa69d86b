package org.tourismpolicing.mediation.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tourismpolicing.core.identifiers.UnifiedSocialCreditCode;
import org.tourismpolicing.core.tenant.TenantId;
import org.tourismpolicing.core.tenant.TenantWork;
import org.tourismpolicing.mediation.application.CaseFile;
import org.tourismpolicing.mediation.application.CaseService;
import org.tourismpolicing.mediation.domain.CaseIntake;
import org.tourismpolicing.mediation.domain.CaseSource;
import org.tourismpolicing.mediation.it.support.Deployments;

/**
 * With a screening service deployed (here a stand-in for the blacklist module), a case shows
 * whether its merchant is listed, by credit code or else by name.
 */
@ExtendWith(ArquillianExtension.class)
class ScreeningHookIT {

  private static final TenantId DALI = TenantId.of("dali-gucheng");

  @Deployment
  static WebArchive deployment() {
    return Deployments.mediationAlone(
        "mediation-screening", EmbeddingApplication.class, ListedMerchants.class);
  }

  @Inject TenantWork work;
  @Inject CaseService cases;

  private CaseFile caseAbout(String merchant, String creditCode) {
    return work.call(
        DALI,
        () -> {
          var c =
              cases.register(
                  new CaseIntake(
                      CaseSource.HOTLINE,
                      null,
                      null,
                      "accommodation",
                      "Deposit not returned",
                      null,
                      merchant,
                      creditCode == null ? null : UnifiedSocialCreditCode.parse(creditCode),
                      null,
                      "zh-CN"),
                  List.of());
          return cases.file(c.id());
        });
  }

  @Test
  void aListedMerchantIsShownAsListedByCreditCode() {
    CaseFile file = caseAbout("某客栈", ListedMerchants.LISTED_CODE);

    assertThat(file.screeningAvailable()).isTrue();
    assertThat(file.screening())
        .hasValueSatisfying(
            r -> {
              assertThat(r.listed()).isTrue();
              assertThat(r.category()).isEqualTo("touting");
            });
  }

  @Test
  void aMerchantKnownOnlyByNameIsScreenedByName() {
    assertThat(caseAbout(ListedMerchants.LISTED_NAME, null).screening())
        .hasValueSatisfying(r -> assertThat(r.listed()).isTrue());
    assertThat(caseAbout("诚信客栈", null).screening())
        .hasValueSatisfying(r -> assertThat(r.listed()).isFalse());
  }

  @Test
  void aCaseWithoutMerchantIsNotScreened() {
    CaseFile file = caseAbout(null, null);

    assertThat(file.screeningAvailable()).isTrue();
    assertThat(file.screening()).isEmpty();
  }
}
