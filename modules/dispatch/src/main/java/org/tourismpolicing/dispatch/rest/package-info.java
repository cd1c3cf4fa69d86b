/** The dispatch module's REST resources and request/response bodies. */
package org.tourismpolicing.dispatch.rest;
