package org.tourismpolicing.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleResourcesTest {

  @Test
  void theProjectsClassesAreModuleResourcesAndOthersAreNot() {
    assertThat(ModuleResources.owns(AuditResource.class)).isTrue();
    assertThat(ModuleResources.owns(String.class)).isFalse();
    assertThat(ModuleResources.owns((Class<?>) null)).isFalse();
    // a package that merely starts with the same letters is someone else's
    assertThat(ModuleResources.owns(org.tourismpolicingx.Host.class)).isFalse();
  }
}
