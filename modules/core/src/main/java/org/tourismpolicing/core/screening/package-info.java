/** Screening of merchants against lists kept by another module (the tourism blacklist). */
package org.tourismpolicing.core.screening;
