/** Mediation use cases: transactions, audit, events, the tenant document and its import. */
package org.tourismpolicing.mediation.application;
