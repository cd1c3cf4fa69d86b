/** Refusals as RFC 9457 problem answers: types, codes, localized texts and exception mappers. */
package org.tourismpolicing.core.problem;
