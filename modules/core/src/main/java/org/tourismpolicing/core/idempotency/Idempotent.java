package org.tourismpolicing.core.idempotency;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a resource method that creates something safe to retry: with an {@code Idempotency-Key}
 * header, its work and the record of its answer commit together, and a retry by the same caller
 * with the same key and body answers the first answer again instead of acting twice (see {@link
 * IdempotentIntake}). The method must return a {@code Response}. Keys are bound to the tenant, the
 * caller and the request's path, so the same key sent by someone else, or to another resource, is a
 * different key.
 */
@Documented
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {

  /** The operation, for the stored record (e.g. {@code blacklist.entries}). */
  @Nonbinding
  String value();

  /** Whether a request without a key is refused (400 naming {@code Idempotency-Key}). */
  @Nonbinding
  boolean required() default false;
}
