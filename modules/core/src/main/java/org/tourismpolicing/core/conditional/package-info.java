/**
 * Conditional requests, one rule for every module: reads of versioned resources carry an ETag, and
 * an update must say which version it changes (If-Match, or the body's version where the request
 * has one), else 428; a stale If-Match answers 412.
 */
package org.tourismpolicing.core.conditional;
