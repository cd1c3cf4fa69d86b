package org.tourismpolicing.core.ratelimit;

import java.util.List;
import org.tourismpolicing.core.problem.ProblemException;
import org.tourismpolicing.core.problem.ProblemType;

/** 429: the client used up a rate limit; answered with {@code Retry-After} in seconds. */
public class TooManyRequests extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public TooManyRequests(long retryAfterSeconds) {
    super(
        ProblemType.TOO_MANY_REQUESTS,
        "too-many-requests.detail",
        List.of(retryAfterSeconds),
        List.of());
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
