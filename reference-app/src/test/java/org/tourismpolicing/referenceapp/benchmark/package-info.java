/**
 * The benchmark (profile {@code benchmark}, docs/performance.md): a Gatling simulation of
 * tenant-scoped reads against the empty endpoint, the start-up and memory measurement on the
 * embedded database, and the report that writes the figures.
 */
package org.tourismpolicing.referenceapp.benchmark;
