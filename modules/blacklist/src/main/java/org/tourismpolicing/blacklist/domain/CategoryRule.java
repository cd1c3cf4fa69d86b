package org.tourismpolicing.blacklist.domain;

import java.time.Period;
import org.tourismpolicing.core.i18n.LocalizedText;

/**
 * A category of listing of one tenant (unlicensed operation, touting …): its names, how long a
 * listing stays in force when the proposal names no end, and whether the station leader must sign
 * off besides the issuing departments.
 */
public record CategoryRule(
    String code, LocalizedText names, Period defaultValidity, boolean leaderSignOff) {}
