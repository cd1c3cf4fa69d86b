/** The tamper-evident audit trail: append in the change's transaction, read, verify the chain. */
package org.tourismpolicing.core.audit;
