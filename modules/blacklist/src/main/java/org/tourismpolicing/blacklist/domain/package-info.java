/** The tourism blacklist's entries, appeals, evidence, watches and their rules; no JAX-RS here. */
package org.tourismpolicing.blacklist.domain;
