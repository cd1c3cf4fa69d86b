package org.tourismpolicing.core.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.tourismpolicing.core.problem.FieldError;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

class IdempotentIntakeTest {

  private final Map<String, IdempotencyStore.Answer> records = new LinkedHashMap<>();
  private final AtomicInteger runs = new AtomicInteger();
  private String caller = "token:urn:issuer|officer-1";
  private final IdempotentIntake intake = intake();

  public record Walk(String kind) {}

  private Response create() {
    runs.incrementAndGet();
    return Response.created(URI.create("/things/" + runs.get())).entity(new Walk("made")).build();
  }

  @Test
  void aRetryByTheSameCallerReplaysTheFirstAnswer() {
    Response first = intake.handle("things POST /things", "k-1", new Walk("lost"), this::create);
    Response retry = intake.handle("things POST /things", "k-1", new Walk("lost"), this::create);

    assertThat(runs).hasValue(1);
    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getHeaderString(IdempotentIntake.REPLAYED_HEADER)).isEqualTo("true");
    assertThat(retry.getHeaderString("Location")).isEqualTo("/things/1");
    assertThat(retry.getEntity()).isEqualTo("{\"kind\":\"made\"}");
  }

  @Test
  void theSameKeyFromAnotherCallerIsAnotherKey() {
    intake.handle("things POST /things", "shared-key", new Walk("lost"), this::create);
    caller = "token:urn:issuer|officer-2";
    Response other =
        intake.handle("things POST /things", "shared-key", new Walk("lost"), this::create);
    caller = "client:203.0.113.9";
    Response anonymous =
        intake.handle("things POST /things", "shared-key", new Walk("lost"), this::create);

    assertThat(runs).hasValue(3);
    assertThat(records).hasSize(3);
    assertThat(other.getHeaderString(IdempotentIntake.REPLAYED_HEADER)).isNull();
    assertThat(anonymous.getLocation()).hasToString("/things/3");
  }

  @Test
  void theSameKeyOnAnotherOperationIsAnotherKey() {
    intake.handle("things POST /kiosks/1/walk-ins", "k", new Walk("lost"), this::create);
    intake.handle("things POST /kiosks/2/walk-ins", "k", new Walk("lost"), this::create);

    assertThat(runs).hasValue(2);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    intake.handle("things POST /things", "k-2", new Walk("lost"), this::create);

    assertThatThrownBy(
            () -> intake.handle("things POST /things", "k-2", new Walk("found"), this::create))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
    assertThat(runs).hasValue(1);
  }

  @Test
  void withoutAKeyTheWorkRunsEachTimeAndNothingIsKept() {
    intake.handle("things POST /things", null, new Walk("lost"), this::create);
    intake.handle("things POST /things", null, new Walk("lost"), this::create);

    assertThat(runs).hasValue(2);
    assertThat(records).isEmpty();
  }

  @Test
  void aKeyOfControlCharactersOrTooLongIsRefusedNamingTheHeader() {
    for (String bad : new String[] {"has space", "x".repeat(201), "tab\t"}) {
      assertThatThrownBy(() -> intake.handle("s", bad, null, this::create))
          .isInstanceOfSatisfying(
              ProblemException.class,
              e ->
                  assertThat(e.fieldErrors())
                      .extracting(FieldError::field)
                      .containsExactly("Idempotency-Key"));
    }
    assertThat(runs).hasValue(0);
  }

  @Test
  void filesAreComparedByTheirBytes() {
    assertThat(IdempotentIntake.requestHash(new byte[] {1, 2, 3}))
        .isEqualTo(IdempotentIntake.requestHash(new byte[] {1, 2, 3}))
        .isNotEqualTo(IdempotentIntake.requestHash(new byte[] {1, 2, 4}));
    assertThat(IdempotentIntake.requestHash(null)).hasSize(64);
  }

  static class Resource {
    @Idempotent("things")
    public Response create(
        @PathParam("id") String id,
        @HeaderParam("X-Any") String header,
        Walk body,
        @QueryParam("q") String q) {
      return null;
    }

    @Idempotent(value = "nobody", required = true)
    public Response withoutBody(@PathParam("id") String id) {
      return null;
    }
  }

  @Test
  void theInterceptorHashesTheEntityParameterOnly() throws NoSuchMethodException {
    var create =
        Resource.class.getMethod("create", String.class, String.class, Walk.class, String.class);
    Walk body = new Walk("lost");

    assertThat(IdempotentInterceptor.body(create, new Object[] {"id-1", "h", body, "q"}))
        .isSameAs(body);
    var withoutBody = Resource.class.getMethod("withoutBody", String.class);
    assertThat(IdempotentInterceptor.body(withoutBody, new Object[] {"id-1"})).isNull();
    assertThat(IdempotentInterceptor.declaration(withoutBody).required()).isTrue();
  }

  private IdempotentIntake intake() {
    IdempotentIntake i = new IdempotentIntake();
    i.store =
        new IdempotencyStore() {
          @Override
          public Optional<Answer> find(String id) {
            return Optional.ofNullable(records.get(id));
          }

          @Override
          public Response claimAndRun(
              String id, String scope, String key, String requestHash, Supplier<Answer> work) {
            assertThat(records).doesNotContainKey(id);
            assertThat(scope.length()).isLessThanOrEqualTo(100);
            Answer a = work.get();
            records.put(id, new Answer(a.status(), a.location(), a.body(), requestHash, null));
            return a.live();
          }
        };
    i.callers =
        new IdempotencyCallers() {
          @Override
          public String current() {
            return caller;
          }
        };
    return i;
  }
}
