package org.tourismpolicing.kioskregistry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.i18n.LocalizedText;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.AmenityKind;
import org.tourismpolicing.kioskregistry.domain.KioskRegistrySettings.WalkInKind;

class KioskRegistrySettingsTest {

  private static KioskRegistrySettings settings(List<AmenityKind> kinds) {
    return new KioskRegistrySettings(
        WalkingEstimate.DEFAULT,
        kinds,
        List.of(new WalkInKind("ask-way", LocalizedText.of("en", "Asking the way"))),
        List.of(
            new Shift(
                "day", LocalizedText.of("en", "Day"), LocalTime.of(9, 0), LocalTime.of(17, 0))),
        List.of());
  }

  @Test
  void findsKindsAndShiftsByCode() {
    KioskRegistrySettings settings =
        settings(List.of(new AmenityKind("umbrella", LocalizedText.of("en", "Umbrella"), true)));

    assertThat(settings.amenityKind("umbrella")).map(AmenityKind::stocked).contains(true);
    assertThat(settings.amenityKind("oxygen")).isEmpty();
    assertThat(settings.walkInKind("ask-way")).isPresent();
    assertThat(settings.walkInKind("other")).isEmpty();
    assertThat(settings.shift("day")).isPresent();
    assertThat(settings.shift("night")).isEmpty();
  }

  @Test
  void listsAreCopied() {
    List<AmenityKind> kinds = new ArrayList<>();
    KioskRegistrySettings settings = settings(kinds);

    kinds.add(new AmenityKind("umbrella", LocalizedText.of("en", "Umbrella"), true));

    assertThat(settings.amenityKinds()).isEmpty();
  }
}
