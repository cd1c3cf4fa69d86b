package org.tourismpolicing.core.tenant.config;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/**
 * Test bridge into core's tenant configuration package: a {@link TenantLoader} whose deployed
 * modules are given directly instead of by CDI, so that a module's tests can check real tenant
 * documents ({@link TenantLoader#check}: both schemas, core binding and the module's binding)
 * without a container. It sits in core's package because the loader's bean fields are
 * package-private.
 */
public final class TenantLoaders {

  private TenantLoaders() {}

  public static TenantLoader deploying(TenantModuleConfig<?>... modules) {
    TenantLoader loader = new TenantLoader();
    loader.modules = new Fixed(List.of(modules));
    return loader;
  }

  /** Iteration is all the loader asks of its {@code Instance}. */
  private record Fixed(List<TenantModuleConfig<?>> beans)
      implements Instance<TenantModuleConfig<?>> {

    @Override
    public Iterator<TenantModuleConfig<?>> iterator() {
      return beans.iterator();
    }

    @Override
    public TenantModuleConfig<?> get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instance<TenantModuleConfig<?>> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TenantModuleConfig<?>> Instance<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends TenantModuleConfig<?>> Instance<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
      return beans.isEmpty();
    }

    @Override
    public boolean isAmbiguous() {
      return beans.size() > 1;
    }

    @Override
    public void destroy(TenantModuleConfig<?> instance) {}

    @Override
    public Handle<TenantModuleConfig<?>> getHandle() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<TenantModuleConfig<?>>> handles() {
      throw new UnsupportedOperationException();
    }
  }
}
