/** Texts in the tenant's languages and the message bundles behind problem answers. */
package org.tourismpolicing.core.i18n;
