/** Idempotent intake: an Idempotency-Key makes a retried request answer, not act, again. */
package org.tourismpolicing.core.idempotency;
