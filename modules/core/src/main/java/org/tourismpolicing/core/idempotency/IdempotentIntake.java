package org.tourismpolicing.core.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/**
 * Makes an intake endpoint safe to retry. With an {@code Idempotency-Key}, the first request's work
 * and the record of its answer commit in one transaction; a retry with the same key and the same
 * body gets that answer again (marked {@code Idempotent-Replayed: true}) and creates nothing; the
 * same key with another body is refused (422). Two copies racing each other are serialized by the
 * record's primary key: the loser waits for the winner and then replays its answer. Keys are scoped
 * by tenant and by endpoint.
 *
 * <p>A refused request (4xx) is not remembered, so a corrected retry with the same key can succeed.
 */
@ApplicationScoped
public class IdempotentIntake {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdempotencyStore store;

  /**
   * Runs {@code work} once per key.
   *
   * @param scope the endpoint, e.g. {@code kiosk-registry.walk-ins}
   * @param key the client's Idempotency-Key header, or null to run without protection
   * @param request the request body (its JSON form is compared between retries)
   * @param work does the work (joining the surrounding transaction) and builds the answer
   */
  public Response handle(String scope, String key, Object request, Supplier<Response> work) {
    if (key == null) {
      return work.get();
    }
    if (!KEY.matcher(key).matches()) {
      throw ProblemException.invalid(HEADER, "idempotency.key.syntax");
    }
    String id = sha256(scope + "\n" + key);
    String requestHash = sha256(request == null ? "" : JSON.toJson(request));
    Optional<IdempotencyStore.Answer> earlier = store.find(id);
    if (earlier.isPresent()) {
      return replay(earlier.get(), requestHash);
    }
    try {
      return store.claimAndRun(id, scope, key, requestHash, () -> answer(work.get()));
    } catch (RuntimeException e) {
      // a concurrent copy may have won the key; if so, answer as it did
      Optional<IdempotencyStore.Answer> winner = store.find(id);
      if (winner.isPresent()) {
        return replay(winner.get(), requestHash);
      }
      throw e;
    }
  }

  private static IdempotencyStore.Answer answer(Response response) {
    Object entity = response.getEntity();
    String body = entity == null ? null : entity instanceof String s ? s : JSON.toJson(entity);
    String location = response.getLocation() == null ? null : response.getLocation().toString();
    return new IdempotencyStore.Answer(response.getStatus(), location, body, null, response);
  }

  private static Response replay(IdempotencyStore.Answer earlier, String requestHash) {
    if (!earlier.requestHash().equals(requestHash)) {
      throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "idempotency.key.reused");
    }
    Response.ResponseBuilder r = Response.status(earlier.status()).header(REPLAYED_HEADER, "true");
    if (earlier.location() != null) {
      r.header(HttpHeaders.LOCATION, earlier.location());
    }
    if (earlier.body() != null) {
      r.entity(earlier.body()).type(MediaType.APPLICATION_JSON_TYPE);
    }
    return r.build();
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
