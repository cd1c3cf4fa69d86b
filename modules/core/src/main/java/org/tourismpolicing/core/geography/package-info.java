/** Tenant geography shared by modules: zones as polygons, point lookup and neighbours. */
package org.tourismpolicing.core.geography;
