package org.tourismpolicing.informantrewards.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.ConfigProblems;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import org.tourismpolicing.informantrewards.domain.BudgetPeriod;
import org.tourismpolicing.informantrewards.domain.InformantSettings;
import org.tourismpolicing.informantrewards.domain.InformantSettings.Category;
import org.tourismpolicing.informantrewards.domain.RewardSchedule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The informant rewards document of a tenant: binds {@code informant-rewards.yaml}, checking what
 * its schema cannot (reward lines naming known categories, once each). It imports nothing: the
 * settings are read where they are used.
 */
@ApplicationScoped
public class InformantRewardsConfig implements TenantModuleConfig<InformantSettings> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final List<Category> DEFAULT_CATEGORIES =
      List.of(
          new Category("unlicensed-operation", text("无证经营", "Unlicensed operation")),
          new Category("illegal-lodging", text("非法住宿", "Illegal lodging")),
          new Category("touting", text("拉客揽客", "Touting")),
          new Category("forced-shopping", text("强迫购物", "Forced shopping")),
          new Category("fire-hazard", text("消防隐患", "Fire hazard")),
          new Category("drugs", text("涉毒线索", "Drugs")),
          new Category("gambling", text("涉赌线索", "Gambling")),
          new Category("suspicious-person", text("可疑人员", "Suspicious person")),
          new Category("public-order", text("治安隐患", "Public order")),
          new Category("other", text("其他", "Other")));

  static final long DEFAULT_PHOTO_BYTES = 5L * 1024 * 1024;

  @Override
  public String name() {
    return InformantSettings.MODULE;
  }

  @Override
  public String schemaResource() {
    return "META-INF/tenant-config/informant-rewards.schema.json";
  }

  /** A tenant without the document: the default categories, no reward rules, no budget. */
  public static InformantSettings defaults() {
    return new InformantSettings(
        "XS",
        DEFAULT_CATEGORIES,
        new RewardSchedule(List.of()),
        new InformantSettings.Budget(BudgetPeriod.MONTH, 0),
        new InformantSettings.Photos(DEFAULT_PHOTO_BYTES, 5),
        Duration.ofDays(1));
  }

  @Override
  public InformantSettings bind(JsonNode node, Tenant tenant, ConfigProblems problems) {
    InformantSettings d = defaults();
    if (node == null) {
      return d;
    }
    InformantDocument doc = JSON.treeToValue(node, InformantDocument.class);
    List<Category> categories = new ArrayList<>();
    if (doc.categories() == null) {
      categories.addAll(DEFAULT_CATEGORIES);
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < doc.categories().size(); i++) {
        var c = doc.categories().get(i);
        if (!seen.add(c.code())) {
          problems.add("/categories/" + i + "/code", "'" + c.code() + "' is used twice");
        } else {
          categories.add(new Category(c.code(), new LocalizedText(c.names())));
        }
      }
    }
    List<RewardSchedule.Rule> rules = new ArrayList<>();
    if (doc.rewards() != null) {
      Set<String> lines = new HashSet<>();
      for (int i = 0; i < doc.rewards().size(); i++) {
        var r = doc.rewards().get(i);
        String at = "/rewards/" + i;
        if (!RewardSchedule.ANY_CATEGORY.equals(r.category())
            && categories.stream().noneMatch(c -> c.code().equals(r.category()))) {
          problems.add(at + "/category", "no category '" + r.category() + "' in categories");
          continue;
        }
        if (!lines.add(r.category() + "|" + r.outcome())) {
          problems.add(at, "a second line for " + r.category() + " and " + r.outcome());
          continue;
        }
        long min = r.amountFen() != null ? r.amountFen() : r.minFen();
        long max = r.amountFen() != null ? r.amountFen() : r.maxFen();
        if (max < min) {
          problems.add(at + "/maxFen", "maxFen is below minFen");
          continue;
        }
        rules.add(new RewardSchedule.Rule(r.category(), r.outcome(), min, max));
      }
    }
    var budget =
        doc.budget() == null
            ? d.budget()
            : new InformantSettings.Budget(
                BudgetPeriod.valueOf(doc.budget().period().toUpperCase(Locale.ROOT)),
                doc.budget().limitFen());
    var p = doc.photos();
    var photos =
        p == null
            ? d.photos()
            : new InformantSettings.Photos(
                p.maxBytes() == null ? d.photos().maxBytes() : p.maxBytes(),
                p.maxPerTip() == null ? d.photos().maxPerTip() : p.maxPerTip());
    return new InformantSettings(
        doc.numberPrefix() == null ? d.numberPrefix() : doc.numberPrefix(),
        categories,
        new RewardSchedule(rules),
        budget,
        photos,
        doc.duplicateWindow() == null
            ? d.duplicateWindow()
            : Duration.parse(doc.duplicateWindow()));
  }

  @Override
  public void importData(Tenant tenant, InformantSettings settings) {
    // nothing to import: categories, schedule and budget are read from the settings when used
  }

  private static LocalizedText text(String zh, String en) {
    return new LocalizedText(Map.of("zh-CN", zh, "en", en));
  }
}
