package org.tourismpolicing.kioskregistry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.tourismpolicing.kioskregistry.domain.Amenity;
import org.tourismpolicing.kioskregistry.domain.Kiosk;
import org.tourismpolicing.kioskregistry.domain.PublicKioskCard;
import org.tourismpolicing.kioskregistry.infrastructure.KioskRepository;

/** Reads the current tenant's public kiosk cards: two queries, whatever the number of kiosks. */
@ApplicationScoped
public class SnapshotLoader {

  @Inject KioskRepository repository;

  @Transactional
  public List<PublicKioskCard> load() {
    List<Kiosk> kiosks = repository.kiosksInService();
    Map<String, List<Amenity>> amenities =
        repository.amenities(kiosks.stream().map(Kiosk::id).toList());
    return kiosks.stream().map(k -> PublicKioskCard.of(k, amenities.get(k.id()))).toList();
  }
}
