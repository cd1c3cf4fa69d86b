/**
 * Cross-module events (CDI, carrying ids): how one module's fact reaches another that may or may
 * not be deployed.
 */
package org.tourismpolicing.core.events;
