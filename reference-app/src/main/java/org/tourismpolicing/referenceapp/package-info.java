/** The reference application: where the API lives and how callers authenticate. */
package org.tourismpolicing.referenceapp;
