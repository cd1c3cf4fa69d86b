package org.tourismpolicing.mediation.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.tourismpolicing.core.i18n.Messages;
import org.tourismpolicing.core.tenant.Tenant;
import org.tourismpolicing.mediation.application.CaseFile;
import org.tourismpolicing.mediation.domain.CaseParty;
import org.tourismpolicing.mediation.domain.DisputeCase;
import org.tourismpolicing.mediation.domain.MediationSettings;

/**
 * The printable mediation agreement (人民调解协议书 style) of a case, as one self-contained HTML page with
 * print styles, in Simplified Chinese or English. Every text that came from people is escaped.
 */
@ApplicationScoped
public class AgreementPrint {

  @Inject Messages messages;

  public String render(Tenant tenant, MediationSettings settings, CaseFile file, Locale locale) {
    DisputeCase c = file.dispute();
    List<Locale> languages = List.of(locale);
    ZoneId zone = tenant.timeZone();
    DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    StringBuilder h = new StringBuilder(4096);
    String lang = locale.getLanguage().equals("zh") ? "zh-CN" : "en";
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang)
        .append("\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(esc(text("agreement.print.title", locale)))
        .append(" ")
        .append(esc(c.caseNumber()))
        .append("</title><style>")
        .append("body{font-family:serif;max-width:48em;margin:2em auto;line-height:1.6}")
        .append("h1{text-align:center;letter-spacing:.2em}dt{font-weight:bold}")
        .append(".code{font-family:monospace;font-size:1.2em}")
        .append("@media print{body{margin:0}.noprint{display:none}}")
        .append("</style></head><body>\n");
    h.append("<h1>").append(esc(text("agreement.print.title", locale))).append("</h1>\n");
    h.append("<p>")
        .append(esc(settings.roomNames().in(languages)))
        .append(" · ")
        .append(esc(tenant.names().in(languages)))
        .append("</p>\n<dl>\n");
    item(h, text("agreement.print.case-number", locale), c.caseNumber());
    h.append("<dt>").append(esc(text("agreement.print.parties", locale))).append("</dt>\n");
    for (CaseParty p : file.parties()) {
      h.append("<dd>")
          .append(esc(text("party.role." + p.role().code(), locale)))
          .append(": ")
          .append(esc(p.name()));
      if (p.creditCode() != null) {
        h.append(" (")
            .append(esc(text("agreement.print.credit-code", locale)))
            .append(" ")
            .append(esc(p.creditCode()))
            .append(")");
      }
      h.append("</dd>\n");
    }
    item(
        h,
        text("agreement.print.category", locale),
        settings.category(c.category()).map(k -> k.names().in(languages)).orElse(c.category()));
    item(h, text("agreement.print.facts", locale), c.description());
    item(h, text("agreement.print.terms", locale), c.agreementTerms());
    if (c.compensation() != null) {
      item(h, text("agreement.print.compensation", locale), c.compensation().format(locale));
    }
    if (c.fulfilmentDueOn() != null) {
      item(h, text("agreement.print.fulfil-by", locale), date.format(c.fulfilmentDueOn()));
    }
    item(
        h,
        text("agreement.print.agreed-on", locale),
        date.format(c.agreedAt().atZone(zone).toLocalDate()));
    if (file.mediator() != null) {
      item(h, text("agreement.print.mediator", locale), file.mediator().name());
    }
    h.append("</dl>\n<p>").append(esc(text("agreement.print.effect", locale))).append("</p>\n");
    h.append("<table><tr><th>")
        .append(esc(text("agreement.print.party", locale)))
        .append("</th><th>")
        .append(esc(text("agreement.print.consent", locale)))
        .append("</th></tr>\n");
    for (CaseParty p : file.parties()) {
      h.append("<tr><td>")
          .append(esc(p.name()))
          .append("</td><td>")
          .append(
              esc(
                  p.consentMethod() == null
                      ? ""
                      : text("consent.method." + p.consentMethod().code(), locale)))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<p>")
        .append(esc(text("agreement.print.verification", locale)))
        .append(" <span class=\"code\">")
        .append(esc(c.verificationCode()))
        .append("</span></p>\n</body></html>\n");
    return h.toString();
  }

  private void item(StringBuilder h, String label, String value) {
    h.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
  }

  private String text(String code, Locale locale) {
    return messages.text(code, locale, List.of());
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\n' -> b.append("<br>");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }
}
