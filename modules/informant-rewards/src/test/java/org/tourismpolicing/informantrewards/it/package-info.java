/** Core + informant rewards deployed alone in a plain Liberty server (Arquillian). */
package org.tourismpolicing.informantrewards.it;
