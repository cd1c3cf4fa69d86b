package org.tourismpolicing.mediation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.ConfigProblems;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import org.tourismpolicing.mediation.domain.Deadlines;
import org.tourismpolicing.mediation.domain.MediationSettings;
import org.tourismpolicing.mediation.domain.MediationSettings.Category;
import org.tourismpolicing.mediation.domain.MediationSettings.Evidence;
import org.tourismpolicing.mediation.domain.MediationSettings.MediatorDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mediation module's document in a tenant's configuration: binds {@code mediation.yaml}
 * (checking categories, departments and mediators' badges against the tenant) and imports the
 * mediators it lists. A tenant without the document gets a room with the default categories and
 * deadlines and no mediators.
 */
@ApplicationScoped
public class MediationConfig implements TenantModuleConfig<MediationSettings> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The categories of tourism dispute the issue names, for tenants whose document has none. */
  static final List<Category> DEFAULT_CATEGORIES =
      List.of(
          category("price", "价格争议", "Price"),
          category("accommodation", "住宿", "Accommodation"),
          category("shopping", "购物", "Shopping"),
          category("catering", "餐饮", "Catering"),
          category("transport", "交通", "Transport"),
          category("tour-guide", "导游", "Tour guide"),
          category("property-damage", "财物损坏", "Property damage"),
          category("injury", "人身伤害", "Injury"),
          category("other", "其他", "Other"));

  static final Duration DEFAULT_LINK_VALIDITY = Duration.ofDays(14);

  @Inject MediatorImport importer;

  @Override
  public String name() {
    return MediationSettings.MODULE;
  }

  @Override
  public String schemaResource() {
    return "META-INF/tenant-config/mediation.schema.json";
  }

  @Override
  public MediationSettings bind(JsonNode node, Tenant tenant, ConfigProblems problems) {
    MediationDocument doc =
        node == null
            ? new MediationDocument(null, null, null, null, null, null, null, null)
            : JSON.treeToValue(node, MediationDocument.class);
    LocalizedText roomNames =
        doc.room() == null
            ? new LocalizedText(Map.of("zh-CN", "调解室", "en", "Mediation room"))
            : new LocalizedText(doc.room().names());
    LocalizedText roomAddress =
        doc.room() == null || doc.room().address() == null
            ? null
            : new LocalizedText(doc.room().address());
    List<Category> categories = categories(doc, problems);
    String referralCategory = doc.referralCategory() == null ? "other" : doc.referralCategory();
    if (categories.stream().noneMatch(c -> c.code().equals(referralCategory))) {
      problems.add("/referralCategory", "'" + referralCategory + "' is not one of categories");
    }
    Deadlines deadlines = deadlines(doc.deadlines(), problems);
    Set<String> departments = departments(doc.taskDepartments(), tenant, problems);
    Evidence evidence = evidence(doc.evidence());
    Duration validity =
        doc.satisfaction() == null || doc.satisfaction().linkValidity() == null
            ? DEFAULT_LINK_VALIDITY
            : duration(doc.satisfaction().linkValidity(), "/satisfaction/linkValidity", problems);
    List<MediatorDefinition> mediators = mediators(doc.mediators(), tenant, problems);
    return new MediationSettings(
        roomNames,
        roomAddress,
        doc.room() == null ? null : doc.room().phone(),
        categories,
        referralCategory,
        deadlines,
        departments,
        evidence,
        validity == null ? DEFAULT_LINK_VALIDITY : validity,
        mediators);
  }

  @Override
  public void importData(Tenant tenant, MediationSettings settings) {
    importer.importMediators(settings);
  }

  private static List<Category> categories(MediationDocument doc, ConfigProblems problems) {
    if (doc.categories() == null) {
      return DEFAULT_CATEGORIES;
    }
    List<Category> categories = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < doc.categories().size(); i++) {
      var c = doc.categories().get(i);
      if (!seen.add(c.code())) {
        problems.add("/categories/" + i + "/code", "'" + c.code() + "' is used twice");
      } else {
        categories.add(new Category(c.code(), new LocalizedText(c.names())));
      }
    }
    return categories;
  }

  private static Deadlines deadlines(MediationDocument.DeadlinesDoc d, ConfigProblems problems) {
    if (d == null) {
      return Deadlines.DEFAULT;
    }
    Deadlines def = Deadlines.DEFAULT;
    return new Deadlines(
        orDefault(d.acceptWithin(), "/deadlines/acceptWithin", def.acceptWithin(), problems),
        orDefault(d.decideWithin(), "/deadlines/decideWithin", def.decideWithin(), problems),
        orDefault(
            d.fulfilmentWithin(), "/deadlines/fulfilmentWithin", def.fulfilmentWithin(), problems),
        orDefault(d.taskWithin(), "/deadlines/taskWithin", def.taskWithin(), problems));
  }

  private static Duration orDefault(
      String text, String at, Duration fallback, ConfigProblems problems) {
    if (text == null) {
      return fallback;
    }
    Duration d = duration(text, at, problems);
    return d == null ? fallback : d;
  }

  private static Duration duration(String text, String at, ConfigProblems problems) {
    try {
      Duration d = Duration.parse(text);
      if (d.isZero() || d.isNegative()) {
        problems.add(at, "must be longer than zero");
        return null;
      }
      return d;
    } catch (DateTimeParseException e) {
      problems.add(at, "'" + text + "' is not an ISO-8601 duration such as P30D or PT24H");
      return null;
    }
  }

  private static Set<String> departments(
      List<String> codes, Tenant tenant, ConfigProblems problems) {
    if (codes == null) {
      Set<String> all = new LinkedHashSet<>();
      tenant.departments().stream()
          .filter(d -> !"police".equals(d.kind()))
          .forEach(d -> all.add(d.code()));
      return all;
    }
    Set<String> departments = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      if (tenant.department(codes.get(i)).isEmpty()) {
        problems.add(
            "/taskDepartments/" + i, "no department '" + codes.get(i) + "' in tenant.yaml");
      } else {
        departments.add(codes.get(i));
      }
    }
    return departments;
  }

  private static Evidence evidence(MediationDocument.EvidenceDoc e) {
    if (e == null) {
      return Evidence.DEFAULT;
    }
    return new Evidence(
        e.maxBytes() == null ? Evidence.DEFAULT.maxBytes() : e.maxBytes(),
        e.maxPerCase() == null ? Evidence.DEFAULT.maxPerCase() : e.maxPerCase(),
        e.mediaTypes() == null ? Evidence.DEFAULT.mediaTypes() : Set.copyOf(e.mediaTypes()));
  }

  private static List<MediatorDefinition> mediators(
      List<MediationDocument.MediatorDoc> docs, Tenant tenant, ConfigProblems problems) {
    List<MediatorDefinition> mediators = new ArrayList<>();
    if (docs == null) {
      return mediators;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      var m = docs.get(i);
      if (!codes.add(m.code())) {
        problems.add("/mediators/" + i + "/code", "'" + m.code() + "' is used twice");
        continue;
      }
      if (m.badge() != null && tenant.officer(m.badge()).isEmpty()) {
        problems.add(
            "/mediators/" + i + "/badge",
            "badge " + m.badge() + " is not in the officer roster of tenant.yaml");
        continue;
      }
      mediators.add(new MediatorDefinition(m.code(), m.name(), m.badge(), m.phone()));
    }
    return mediators;
  }

  private static Category category(String code, String zh, String en) {
    return new Category(code, new LocalizedText(Map.of("zh-CN", zh, "en", en)));
  }
}
