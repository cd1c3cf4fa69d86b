/**
 * What the modules' Arquillian tests share: the test deployment built from the module's own jar and
 * its runtime libraries, the per-build signing key pair, and tokens signed with it (plus forged
 * ones). Read from system properties the module's failsafe configuration sets: {@code
 * it.module.jar}, {@code it.libs.dir}, {@code it.keys.dir}, {@code it.jwt.issuer}.
 */
package org.tourismpolicing.testsupport;
