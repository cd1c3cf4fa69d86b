package org.tourismpolicing.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemRequestTest {

  @Test
  void theRawPathIsTheInstanceUnlessItIsTooLongOrUnreadable() {
    assertThat(ProblemRequest.instance("/api/%E5%A4%A7/zones")).isEqualTo("/api/%E5%A4%A7/zones");
    assertThat(ProblemRequest.instance("/api/" + "a".repeat(2000))).isNull();
    assertThat(ProblemRequest.instance("/api/\u00e5\u00a4/zones")).isNull();
    assertThat(ProblemRequest.instance("/api/a b")).isNull();
    assertThat(ProblemRequest.instance(null)).isNull();
  }

  @Test
  void echoedArgumentsAreCutButOthersAreKept() {
    List<Object> args = List.of("x".repeat(5000), 42, "short");

    List<Object> shortened = ProblemWriter.shorten(args);

    assertThat((String) shortened.get(0)).hasSize(ProblemWriter.MAX_ECHO + 1).endsWith("…");
    assertThat(shortened.subList(1, 3)).containsExactly(42, "short");
    List<Object> small = List.of("dali-gucheng");
    assertThat(ProblemWriter.shorten(small)).isSameAs(small);
  }
}
