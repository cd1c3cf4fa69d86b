/**
 * Chinese-aware screening of names and identifiers against the listed subjects: normalisation
 * (ICU4J), candidate search in an in-memory index, and scoring with per-feature explanations. Pure
 * Java, no container: the application layer feeds the index from the database and asks it.
 */
package org.tourismpolicing.blacklist.screening;
