/**
 * Calls the server makes to addresses its callers name (webhooks): which targets may be reached
 * ({@link org.tourismpolicing.core.outbound.TargetPolicy}, the deployment's {@link
 * org.tourismpolicing.core.outbound.OutboundTargets}) and a POST that connects to exactly the
 * address that was checked ({@link org.tourismpolicing.core.outbound.PinnedPost}).
 */
package org.tourismpolicing.core.outbound;
