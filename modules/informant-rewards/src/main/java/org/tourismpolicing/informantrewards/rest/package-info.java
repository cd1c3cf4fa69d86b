/** REST resources of the tip line: public (receipt code), informant, staff, rewards, statistics. */
package org.tourismpolicing.informantrewards.rest;
