package org.tourismpolicing.dispatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.core.tenant.config.ConfigProblems;
import org.tourismpolicing.core.tenant.config.TenantModuleConfig;
import org.tourismpolicing.dispatch.domain.DispatchSettings;
import org.tourismpolicing.dispatch.domain.DispatchSettings.Category;
import org.tourismpolicing.dispatch.domain.DispatchSettings.PriorityLevel;
import org.tourismpolicing.dispatch.domain.DispatchSettings.ResponseTargets;
import org.tourismpolicing.dispatch.domain.DispatchSettings.UnitDefinition;
import org.tourismpolicing.dispatch.domain.PatrolMode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatch module's document in a tenant's configuration: binds {@code dispatch.yaml} (checking
 * categories against priorities, units against zones and the officer roster) and imports the units
 * it defines.
 */
@ApplicationScoped
public class DispatchConfig implements TenantModuleConfig<DispatchSettings> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final List<PriorityLevel> DEFAULT_PRIORITIES =
      List.of(
          new PriorityLevel(1, text("紧急", "Emergency"), true, 2),
          new PriorityLevel(2, text("急", "Urgent"), true, 1),
          new PriorityLevel(3, text("一般", "Routine"), false, 1));

  static final List<Category> DEFAULT_CATEGORIES =
      List.of(
          new Category("theft", text("盗窃", "Theft"), 2),
          new Category("robbery", text("抢劫抢夺", "Robbery"), 1),
          new Category("fight", text("打架斗殴", "Fight"), 1),
          new Category("harassment", text("骚扰", "Harassment"), 2),
          new Category("lost-person", text("走失人员", "Lost person"), 1),
          new Category("lost-property", text("遗失物品", "Lost property"), 3),
          new Category("medical-help", text("急病求助", "Medical help"), 1),
          new Category("traffic", text("交通事故", "Traffic"), 2),
          new Category("dispute", text("纠纷", "Dispute"), 2),
          new Category("fraud", text("欺诈、强迫购物", "Fraud / forced shopping"), 2),
          new Category("other", text("其他", "Other"), 3));

  static final Map<String, String> DEFAULT_WALK_IN_CATEGORIES =
      Map.of(
          "find-person", "lost-person",
          "lost-property", "lost-property",
          "medical-help", "medical-help",
          "*", "other");

  /** No mapping: a tip goes to the dispatch category of the same code, else {@code other}. */
  static final Map<String, String> DEFAULT_TIP_CATEGORIES = Map.of();

  static final ResponseTargets DEFAULT_TARGETS =
      new ResponseTargets(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30));

  @Inject UnitImport importer;
  @Inject Clock clock;

  @Override
  public String name() {
    return DispatchSettings.MODULE;
  }

  @Override
  public String schemaResource() {
    return "META-INF/tenant-config/dispatch.schema.json";
  }

  /** The settings of a tenant without a dispatch document. */
  public static DispatchSettings defaults() {
    return new DispatchSettings(
        DEFAULT_CATEGORIES,
        DEFAULT_PRIORITIES,
        DispatchSettings.defaultSpeeds(),
        1.4,
        Duration.ofMinutes(2),
        Duration.ofMinutes(3),
        Duration.ofMinutes(5),
        Duration.ofMinutes(1),
        DEFAULT_TARGETS,
        DEFAULT_WALK_IN_CATEGORIES,
        DEFAULT_TIP_CATEGORIES,
        "JQ",
        List.of());
  }

  @Override
  public DispatchSettings bind(JsonNode node, Tenant tenant, ConfigProblems problems) {
    DispatchSettings d = defaults();
    if (node == null) {
      return d;
    }
    DispatchDocument doc = JSON.treeToValue(node, DispatchDocument.class);
    List<PriorityLevel> priorities = priorities(doc.priorities(), problems);
    Set<Integer> levels = new HashSet<>();
    priorities.forEach(p -> levels.add(p.level()));
    List<Category> categories = new ArrayList<>();
    if (doc.categories() == null) {
      for (Category c : DEFAULT_CATEGORIES) {
        categories.add(c);
        if (!levels.contains(c.priority())) {
          problems.add(
              "/priorities",
              "the default category '" + c.code() + "' needs priority " + c.priority());
        }
      }
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < doc.categories().size(); i++) {
        var c = doc.categories().get(i);
        if (!seen.add(c.code())) {
          problems.add("/categories/" + i + "/code", "'" + c.code() + "' is used twice");
        } else if (!levels.contains(c.priority())) {
          problems.add(
              "/categories/" + i + "/priority", "no priority level " + c.priority() + " defined");
        } else {
          categories.add(new Category(c.code(), new LocalizedText(c.names()), c.priority()));
        }
      }
    }
    Map<String, String> walkIns =
        doc.walkInCategories() == null ? d.walkInCategories() : doc.walkInCategories();
    for (var e : walkIns.entrySet()) {
      if (categories.stream().noneMatch(c -> c.code().equals(e.getValue()))) {
        problems.add(
            "/walkInCategories/" + e.getKey(), "no category '" + e.getValue() + "' in categories");
      }
    }
    Map<String, String> tips =
        doc.tipCategories() == null ? d.tipCategories() : doc.tipCategories();
    for (var e : tips.entrySet()) {
      if (categories.stream().noneMatch(c -> c.code().equals(e.getValue()))) {
        problems.add(
            "/tipCategories/" + e.getKey(), "no category '" + e.getValue() + "' in categories");
      }
    }
    Map<PatrolMode, Double> speeds = new LinkedHashMap<>(d.speedsKmh());
    if (doc.speedsKmh() != null) {
      // The schema checks the names; the shipped modes can be re-timed, others are added.
      doc.speedsKmh()
          .forEach(
              (mode, v) ->
                  PatrolMode.fromCode(mode)
                      .ifPresentOrElse(
                          m -> speeds.put(m, v),
                          () -> problems.add("/speedsKmh/" + mode, "not a patrol mode name")));
    }
    var a = doc.assignment();
    var t = doc.targets();
    ResponseTargets targets =
        t == null
            ? d.targets()
            : new ResponseTargets(
                duration(t.callToDispatch(), d.targets().callToDispatch()),
                duration(t.dispatchToArrival(), d.targets().dispatchToArrival()),
                duration(t.arrivalToClear(), d.targets().arrivalToClear()));
    return new DispatchSettings(
        categories,
        priorities,
        speeds,
        a == null || a.detourFactor() == null ? d.detourFactor() : a.detourFactor(),
        a == null
            ? d.neighbourZonePenalty()
            : duration(a.neighbourZonePenalty(), d.neighbourZonePenalty()),
        a == null
            ? d.stalePositionPenalty()
            : duration(a.stalePositionPenalty(), d.stalePositionPenalty()),
        a == null
            ? d.stalePositionAfter()
            : duration(a.stalePositionAfter(), d.stalePositionAfter()),
        a == null ? d.acknowledgeWithin() : duration(a.acknowledgeWithin(), d.acknowledgeWithin()),
        targets,
        walkIns,
        tips,
        doc.numberPrefix() == null ? d.numberPrefix() : doc.numberPrefix(),
        units(doc.units(), tenant, speeds.keySet(), problems));
  }

  @Override
  public void importData(Tenant tenant, DispatchSettings settings) {
    importer.importUnits(settings, clock.instant());
  }

  private static List<PriorityLevel> priorities(
      List<DispatchDocument.PriorityDoc> docs, ConfigProblems problems) {
    if (docs == null) {
      return DEFAULT_PRIORITIES;
    }
    List<PriorityLevel> levels = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < docs.size(); i++) {
      var p = docs.get(i);
      if (!seen.add(p.level())) {
        problems.add("/priorities/" + i + "/level", "level " + p.level() + " is used twice");
        continue;
      }
      levels.add(
          new PriorityLevel(
              p.level(),
              new LocalizedText(p.names()),
              Boolean.TRUE.equals(p.autoAssign()),
              p.unitsRequired() == null ? 1 : p.unitsRequired()));
    }
    return levels;
  }

  private static List<UnitDefinition> units(
      List<DispatchDocument.UnitDoc> docs,
      Tenant tenant,
      Set<PatrolMode> modes,
      ConfigProblems problems) {
    List<UnitDefinition> units = new ArrayList<>();
    if (docs == null) {
      return units;
    }
    Set<String> callSigns = new HashSet<>();
    Map<String, String> unitOfBadge = new LinkedHashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      var u = docs.get(i);
      String at = "/units/" + i;
      int before = problems.all().size();
      if (!callSigns.add(u.callSign())) {
        problems.add(at + "/callSign", "'" + u.callSign() + "' is used twice");
      }
      if (tenant.geography().zone(u.homeZone()).isEmpty()) {
        problems.add(at + "/homeZone", "no zone '" + u.homeZone() + "' in tenant.yaml");
      }
      List<String> officers = u.officers() == null ? List.of() : u.officers();
      for (String badge : officers) {
        if (tenant.officer(badge).isEmpty()) {
          problems.add(at + "/officers", "badge " + badge + " is not in the officer roster");
        }
        String other = unitOfBadge.putIfAbsent(badge, u.callSign());
        if (other != null) {
          problems.add(
              at + "/officers", "officer " + badge + " is already in unit '" + other + "'");
        }
      }
      var mode = PatrolMode.fromCode(u.mode()).filter(modes::contains);
      if (mode.isEmpty()) {
        problems.add(
            at + "/mode",
            "patrol mode '" + u.mode() + "' is neither shipped nor named in speedsKmh");
      }
      if (problems.all().size() == before) {
        units.add(new UnitDefinition(u.callSign(), mode.orElseThrow(), officers, u.homeZone()));
      }
    }
    return units;
  }

  private static Duration duration(String text, Duration fallback) {
    return text == null ? fallback : Duration.parse(text);
  }

  private static LocalizedText text(String zh, String en) {
    return new LocalizedText(Map.of("zh-CN", zh, "en", en));
  }
}
