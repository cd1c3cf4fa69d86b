package org.tourismpolicing.mediation.domain;

/** How a party gave its consent to an agreement. */
public enum ConsentMethod implements Coded {
  /** Signed the printed agreement (签字). */
  SIGNATURE,
  /** Fingerprint on the printed agreement (按手印). */
  FINGERPRINT,
  /** Stated before the mediator and recorded (口头协议), when no paper is signed. */
  ORAL
}
