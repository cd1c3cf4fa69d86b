package org.tourismpolicing.core.conditional;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ETagFilterTest {

  record View(String id, long version) implements Versioned {}

  private static MultivaluedMap<String, Object> filtered(int status, Object entity) {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    return filtered(status, entity, headers);
  }

  private static MultivaluedMap<String, Object> filtered(
      int status, Object entity, MultivaluedMap<String, Object> headers) {
    return filtered(ETagFilterTest.class, status, entity, headers);
  }

  private static MultivaluedMap<String, Object> filtered(
      Class<?> resourceClass, int status, Object entity, MultivaluedMap<String, Object> headers) {
    ContainerResponseContext response =
        (ContainerResponseContext)
            Proxy.newProxyInstance(
                ETagFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getStatus" -> status;
                      case "getEntity" -> entity;
                      case "getHeaders" -> headers;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    ETagFilter filter = new ETagFilter();
    filter.resource =
        (ResourceInfo)
            Proxy.newProxyInstance(
                ETagFilterTest.class.getClassLoader(),
                new Class<?>[] {ResourceInfo.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getResourceClass" -> resourceClass;
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    filter.filter(null, response);
    return headers;
  }

  @Test
  void aVersionedAnswerCarriesItsVersionAsETag() {
    assertThat(filtered(200, new View("k", 3)).getFirst("ETag")).isEqualTo(new EntityTag("3"));
    assertThat(filtered(201, new View("k", 0)).getFirst("ETag")).isEqualTo(new EntityTag("0"));
  }

  @Test
  void otherAnswersAndRefusalsCarryNone() {
    assertThat(filtered(200, "text")).doesNotContainKey("ETag");
    assertThat(filtered(409, new View("k", 3))).doesNotContainKey("ETag");
    assertThat(filtered(204, null)).doesNotContainKey("ETag");
  }

  @Test
  void aHostApplicationsAnswersAreLeftAlone() {
    // a resource outside the project's package tree belongs to the application embedding a module
    assertThat(
            filtered(java.util.ArrayList.class, 200, new View("k", 3), new MultivaluedHashMap<>()))
        .doesNotContainKey("ETag");
  }

  @Test
  void anETagTheResourceSetIsKept() {
    MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    headers.putSingle("ETag", new EntityTag("9"));

    assertThat(filtered(200, new View("k", 3), headers).getFirst("ETag"))
        .isEqualTo(new EntityTag("9"));
  }

  @Test
  void theTagIsStrongAndQuoted() {
    assertThat(ETags.of(12)).hasToString("\"12\"");
    assertThat(ETags.version("\"12\"")).contains(12L);
  }
}
