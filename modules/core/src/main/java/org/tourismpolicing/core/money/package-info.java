/** Amounts of money (fines, deposits, refunds) in exact minor units of one currency. */
package org.tourismpolicing.core.money;
