/**
 * Cross-module events (records carrying ids and facts), published through core's transactional
 * outbox: how one module's fact reaches another that may or may not be deployed.
 */
package org.tourismpolicing.core.events;
