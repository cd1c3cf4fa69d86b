package org.tourismpolicing.core.persistence;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.util.UUID;

/**
 * New identifiers for rows. Time-ordered UUIDs (version 7) keep primary-key indexes append-mostly
 * and need no coordination between server instances.
 */
public final class Ids {

  private static final TimeBasedEpochGenerator GENERATOR = Generators.timeBasedEpochGenerator();

  private Ids() {}

  public static UUID newId() {
    return GENERATOR.generate();
  }

  public static String newIdString() {
    return newId().toString();
  }
}
