package org.tourismpolicing.core.testing;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.Iterator;
import java.util.List;

/**
 * A CDI {@link Instance} over a fixed list of beans, so that classes which iterate the beans of a
 * type ({@code Messages}, {@code TenantLoader}) can be tested without a container. Only iteration
 * and {@link #get()} are meaningful; selection by qualifier is not needed by the code under test.
 */
public final class FixedInstance<T> implements Instance<T> {

  private final List<T> beans;

  private FixedInstance(List<T> beans) {
    this.beans = List.copyOf(beans);
  }

  @SafeVarargs
  public static <T> FixedInstance<T> of(T... beans) {
    return new FixedInstance<>(List.of(beans));
  }

  @Override
  public Iterator<T> iterator() {
    return beans.iterator();
  }

  @Override
  public T get() {
    if (beans.size() != 1) {
      throw new IllegalStateException(beans.size() + " beans, not exactly one");
    }
    return beans.get(0);
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
  public Instance<T> select(Annotation... qualifiers) {
    throw new UnsupportedOperationException("not needed by the code under test");
  }

  @Override
  public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("not needed by the code under test");
  }

  @Override
  public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
    throw new UnsupportedOperationException("not needed by the code under test");
  }

  @Override
  public void destroy(T instance) {}

  @Override
  public Handle<T> getHandle() {
    throw new UnsupportedOperationException("not needed by the code under test");
  }

  @Override
  public Iterable<? extends Handle<T>> handles() {
    throw new UnsupportedOperationException("not needed by the code under test");
  }
}
