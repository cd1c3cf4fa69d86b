/** Arquillian tests: core + mediation deployed alone on a plain Liberty server. */
package org.tourismpolicing.mediation.it;
