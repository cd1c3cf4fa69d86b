package org.tourismpolicing.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.geo.CoordinateSystem;
import org.tourismpolicing.core.geography.TenantGeography;
import org.tourismpolicing.core.i18n.LocalizedText;

class TenantTest {

  private static Tenant tenant(List<Locale> languages, Map<String, Object> settings) {
    return new Tenant(
        TenantId.of("dali-gucheng"),
        LocalizedText.of("en", "Dali Old Town Police Station"),
        ZoneId.of("Asia/Shanghai"),
        languages,
        Currency.getInstance("CNY"),
        CoordinateSystem.WGS84,
        Set.of(LocalDate.of(2026, 10, 1)),
        TenantGeography.empty(),
        List.of(new Tenant.Department("fire", "fire", LocalizedText.of("en", "Fire brigade"))),
        List.of(new Tenant.Officer("531101", "杨晓东", "kiosk-1")),
        "rev",
        settings);
  }

  @Test
  void defaultLanguageIsTheFirstElseSimplifiedChinese() {
    assertThat(
            tenant(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE), Map.of()).defaultLanguage())
        .isEqualTo(Locale.ENGLISH);
    assertThat(tenant(List.of(), Map.of()).defaultLanguage()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void todayAndNowAreOnTheTenantsWallClock() {
    // 17:30 UTC on 30 September is 01:30 on 1 October in Shanghai
    Clock clock = Clock.fixed(Instant.parse("2026-09-30T17:30:00Z"), ZoneOffset.UTC);
    Tenant t = tenant(List.of(), Map.of());

    assertThat(t.today(clock)).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(t.now(clock).getHour()).isEqualTo(1);
    assertThat(t.isPublicHoliday(t.today(clock))).isTrue();
    assertThat(t.isPublicHoliday(LocalDate.of(2026, 9, 30))).isFalse();
  }

  @Test
  void findsDepartmentsAndOfficersByTheirCodes() {
    Tenant t = tenant(List.of(), Map.of());

    assertThat(t.department("fire")).isPresent();
    assertThat(t.department("police")).isEmpty();
    assertThat(t.officer("531101")).map(Tenant.Officer::team).contains("kiosk-1");
    assertThat(t.officer("999999")).isEmpty();
  }

  @Test
  void settingsOfAModuleThatIsNotConfiguredIsAnError() {
    Tenant t = tenant(List.of(), Map.of("kiosk-registry", "settings"));

    assertThat(t.settings("kiosk-registry", String.class)).isEqualTo("settings");
    assertThatThrownBy(() -> t.settings("dispatch", String.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dispatch")
        .hasMessageContaining("dali-gucheng");
  }

  @Test
  void copiesWhatItIsGiven() {
    List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
    Tenant t = tenant(languages, Map.of());

    languages.clear();

    assertThat(t.languages()).containsExactly(Locale.ENGLISH);
  }
}
