/** The blacklist's REST resources and their request and answer bodies. */
package org.tourismpolicing.blacklist.rest;
