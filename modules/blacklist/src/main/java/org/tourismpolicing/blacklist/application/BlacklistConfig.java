package org.tourismpolicing.blacklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.blacklist.domain.BlacklistSettings;
import org.tourismpolicing.blacklist.domain.CategoryRule;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.ConfigProblems;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The blacklist module's document in a tenant's configuration ({@code blacklist.yaml}): categories
 * with their default validity and sign-off rule, whether appeals pause a listing, the shared lists
 * the tenant publishes to and screens against, evidence limits and the merchant-screening
 * threshold. A tenant without the document gets the default categories.
 */
@ApplicationScoped
public class BlacklistConfig implements TenantModuleConfig<BlacklistSettings> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The categories the joint blacklist names, for tenants whose document has none. */
  static final List<CategoryRule> DEFAULT_CATEGORIES =
      List.of(
          category("unlicensed-operation", "无证经营", "Unlicensed operation", "P1Y", false),
          category("tailing-and-hawking", "尾随兜售", "Tailing and hawking", "P6M", false),
          category("low-price-tour", "不合理低价游", "Unreasonably low-priced tour", "P1Y", true),
          category("touting", "拉客揽客", "Touting", "P6M", false),
          category("forced-shopping", "强迫购物", "Forced shopping", "P1Y", true),
          category("price-fraud", "价格欺诈", "Price fraud", "P1Y", false),
          category("fire-safety-violation", "消防安全违法", "Fire-safety violation", "P1Y", false));

  static final int DEFAULT_MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
  static final double DEFAULT_MERCHANT_THRESHOLD = 0.85;

  @Override
  public String name() {
    return BlacklistSettings.MODULE;
  }

  @Override
  public String schemaResource() {
    return "META-INF/tenant-config/blacklist.schema.json";
  }

  @Override
  public BlacklistSettings bind(JsonNode node, Tenant tenant, ConfigProblems problems) {
    BlacklistDocument doc =
        node == null
            ? new BlacklistDocument(null, null, null, null, null, null)
            : JSON.convertValue(node, BlacklistDocument.class);
    List<CategoryRule> categories = categories(doc.categories(), problems);
    boolean suspend =
        doc.appeals() == null
            || doc.appeals().suspendDuringReview() == null
            || doc.appeals().suspendDuringReview();
    Set<String> publish =
        doc.sharedLists() == null || doc.sharedLists().publishTo() == null
            ? Set.of()
            : new LinkedHashSet<>(doc.sharedLists().publishTo());
    Set<String> screen =
        doc.sharedLists() == null || doc.sharedLists().screenAgainst() == null
            ? Set.of()
            : new LinkedHashSet<>(doc.sharedLists().screenAgainst());
    int maxBytes =
        doc.evidence() == null || doc.evidence().maxBytes() == null
            ? DEFAULT_MAX_EVIDENCE_BYTES
            : doc.evidence().maxBytes();
    double threshold =
        doc.screening() == null || doc.screening().merchantThreshold() == null
            ? DEFAULT_MERCHANT_THRESHOLD
            : doc.screening().merchantThreshold();
    String tipDepartment = doc.tipDepartment();
    if (tipDepartment == null) {
      tipDepartment =
          tenant.departments().stream()
              .filter(d -> !"police".equals(d.kind()))
              .map(Tenant.Department::code)
              .findFirst()
              .orElse(null);
    } else if (tenant.department(tipDepartment).isEmpty()) {
      problems.add("/tipDepartment", "no department '" + tipDepartment + "' in tenant.yaml");
    }
    return new BlacklistSettings(
        categories, suspend, publish, screen, maxBytes, threshold, tipDepartment);
  }

  @Override
  public void importData(Tenant tenant, BlacklistSettings settings) {
    // nothing to import: entries are made through the API, never from the documents
  }

  static List<CategoryRule> categories(
      List<BlacklistDocument.CategoryDoc> docs, ConfigProblems problems) {
    if (docs == null) {
      return DEFAULT_CATEGORIES;
    }
    List<CategoryRule> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      var c = docs.get(i);
      if (!seen.add(c.code())) {
        problems.add("/categories/" + i + "/code", "'" + c.code() + "' is used twice");
        continue;
      }
      Period validity;
      try {
        validity = Period.parse(c.defaultValidity());
      } catch (DateTimeParseException e) {
        problems.add(
            "/categories/" + i + "/defaultValidity",
            "'" + c.defaultValidity() + "' is not an ISO-8601 period such as P6M or P1Y");
        continue;
      }
      if (validity.isZero() || validity.isNegative()) {
        problems.add("/categories/" + i + "/defaultValidity", "must be longer than zero");
        continue;
      }
      rules.add(
          new CategoryRule(
              c.code(),
              new LocalizedText(c.names()),
              validity,
              Boolean.TRUE.equals(c.leaderSignOff())));
    }
    return rules;
  }

  private static CategoryRule category(
      String code, String zh, String en, String validity, boolean leader) {
    return new CategoryRule(
        code, new LocalizedText(Map.of("zh-CN", zh, "en", en)), Period.parse(validity), leader);
  }
}
