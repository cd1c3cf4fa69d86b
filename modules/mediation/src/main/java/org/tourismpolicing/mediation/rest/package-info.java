/** The mediation API: JAX-RS resources, request and answer records, OpenAPI annotations. */
package org.tourismpolicing.mediation.rest;
