/** Positions on the earth: WGS-84 points, distances and the GCJ-02 conversion for Chinese maps. */
package org.tourismpolicing.core.geo;
