/** The blacklist's services: entries and their life cycle, appeals, screening, watches, sharing. */
package org.tourismpolicing.blacklist.application;
