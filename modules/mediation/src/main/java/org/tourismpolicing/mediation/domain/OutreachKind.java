package org.tourismpolicing.mediation.domain;

/** The outreach routine "knock, call, visit, guard the door" (敲门、叩门、串门、守门). */
public enum OutreachKind implements Coded {
  /** 敲门: a visit to a merchant's door to hear of frictions early. */
  KNOCK,
  /** 叩门: a call or message to a merchant or household. */
  CALL,
  /** 串门: a visit to a community, an inn street, a market. */
  VISIT,
  /** 守门: standing by at a place where disputes arise (a gate, a market at peak hours). */
  GUARD
}
