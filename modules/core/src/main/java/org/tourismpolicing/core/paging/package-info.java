/** Keyset paging for every list endpoint: pages and opaque cursors. */
package org.tourismpolicing.core.paging;
