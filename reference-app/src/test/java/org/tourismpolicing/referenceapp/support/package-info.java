/** Test support: the server's address, signed tokens, and direct reads of the test database. */
package org.tourismpolicing.referenceapp.support;
