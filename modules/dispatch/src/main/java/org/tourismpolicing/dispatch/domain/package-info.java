/**
 * Quick-response dispatch's domain: incidents and their timeline, patrol units and their state
 * machine, assignments, the ranking of units by estimated time of arrival, patrol plans and
 * response statistics. No JAX-RS and no container: unit-tested alone.
 */
package org.tourismpolicing.dispatch.domain;
