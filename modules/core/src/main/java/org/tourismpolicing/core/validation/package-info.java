/** Rule violations of values, independent of how they arrived (REST, config, events). */
package org.tourismpolicing.core.validation;
