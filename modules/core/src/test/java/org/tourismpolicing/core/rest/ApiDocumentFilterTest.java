package org.tourismpolicing.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiDocumentFilterTest {

  @ParameterizedTest
  @CsvSource({
    "GET, /api/{tenant}/kiosk-registry/public/kiosks/nearest, getKioskRegistryPublicKiosksNearest",
    "POST, /api/{tenant}/dispatch/incidents/{id}/assignments, postDispatchIncidentsByIdAssignments",
    "POST, /api/{tenant}/dispatch/intake/110, postDispatchIntake110",
    "GET, /api/dev/tokens, getDevTokens",
    "PUT, /api/platform/tenants/{id}, putPlatformTenantsById",
    "GET, /api/{tenant}/informant-rewards/tips/{tipId}/photos/{photoId},"
        + " getInformantRewardsTipsByTipIdPhotosByPhotoId",
    "DELETE, /api/{tenant}/dispatch/patrol-plans/by-id/{id}, deleteDispatchPatrolPlansByIdById",
    "GET, /api/{tenant}/zones/lookup, getZonesLookup",
  })
  void theIdIsTheMethodAndThePathInCamelCase(String method, String path, String expected) {
    assertThat(ApiDocumentFilter.operationId(method, path)).isEqualTo(expected);
  }
}
