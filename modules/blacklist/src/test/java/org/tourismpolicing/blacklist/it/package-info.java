/** Arquillian tests: core + blacklist deployed alone in a plain Liberty server. */
package org.tourismpolicing.blacklist.it;
