/**
 * Rate limits of the anonymous public endpoints (submitting a tip, checking a business against the
 * blacklist): token buckets per tenant and client, refusing with 429 and {@code Retry-After}.
 */
package org.tourismpolicing.core.ratelimit;
