/** How the Arquillian tests build their deployments. */
package org.tourismpolicing.mediation.it.support;
