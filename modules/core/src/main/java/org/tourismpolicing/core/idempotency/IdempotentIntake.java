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
 * Makes an operation that creates something safe to retry. With an {@code Idempotency-Key}, the
 * first request's work and the record of its answer commit in one transaction; a retry with the
 * same key and the same body gets that answer again (marked {@code Idempotent-Replayed: true}) and
 * creates nothing; the same key with another body is refused (422). Two copies racing each other
 * are serialized by the record's primary key: the loser waits for the winner and then replays its
 * answer.
 *
 * <p>A key is bound to the tenant, the operation (the request's path included) and the caller
 * ({@link IdempotencyCallers}: the token's subject, else the client): the same key from another
 * caller is a different key and never replays someone else's answer.
 *
 * <p>Resource methods declare this with {@link Idempotent}; only an operation that must add to the
 * answer something never stored (the tip line's receipt code) calls {@link #handle} itself.
 *
 * <p>A refused request (4xx) is not remembered, so a corrected retry with the same key can succeed.
 */
@ApplicationScoped
public class IdempotentIntake {

  public static final String HEADER = "Idempotency-Key";
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /**
   * The OpenAPI component that documents the header once; operations refer to it with
   * {@code @Parameter(ref = IdempotentIntake.PARAMETER)}.
   */
  public static final String PARAMETER = "Idempotency-Key";

  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject IdempotencyStore store;
  @Inject IdempotencyCallers callers;

  /**
   * Runs {@code work} once per key.
   *
   * @param scope the operation, e.g. {@code kiosk-registry.walk-ins POST /api/…}
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
    String id = sha256(scope + "\n" + callers.current() + "\n" + key);
    String requestHash = requestHash(request);
    String stored = scope.length() > 100 ? scope.substring(0, 100) : scope;
    Optional<IdempotencyStore.Answer> earlier = store.find(id);
    if (earlier.isPresent()) {
      return replay(earlier.get(), requestHash);
    }
    try {
      return store.claimAndRun(id, stored, key, requestHash, () -> answer(work.get()));
    } catch (RuntimeException e) {
      // a concurrent copy may have won the key; if so, answer as it did
      Optional<IdempotencyStore.Answer> winner = store.find(id);
      if (winner.isPresent()) {
        return replay(winner.get(), requestHash);
      }
      throw e;
    }
  }

  /** What a retry must repeat exactly: the JSON of the body, or the bytes of a file. */
  static String requestHash(Object request) {
    if (request == null) {
      return sha256("");
    }
    if (request instanceof byte[] bytes) {
      return sha256Hex(bytes);
    }
    return sha256(JSON.toJson(request));
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
    return sha256Hex(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
