/**
 * Official Chinese identifiers of persons and organisations, validated by their check characters.
 */
package org.tourismpolicing.core.identifiers;
