package org.tourismpolicing.referenceapp.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Keeps JUnit's own order of the test classes, except that {@code OperationCoverageIT} runs after
 * all others: it judges what they sent. Named in {@code junit-platform.properties}.
 */
public final class CoverageLast implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    context
        .getClassDescriptors()
        .sort(Comparator.comparing((ClassDescriptor d) -> isCoverage(d) ? 1 : 0));
  }

  private static boolean isCoverage(ClassDescriptor d) {
    return d.getTestClass().getSimpleName().equals("OperationCoverageIT");
  }
}
