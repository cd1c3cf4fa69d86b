/**
 * Services of the tip line: registration with one-time codes, tips and their review, messages,
 * rewards with four-eyes approval and budget, payments, sealed identity, statistics.
 */
package org.tourismpolicing.informantrewards.application;
