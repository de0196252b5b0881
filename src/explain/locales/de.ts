import type { Messages } from "../messages.js";

/**
 * The German messages of {@link explain} (missing keys fall back to English).
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: "de" }).summary;
 * ```
 */
export const de: Messages = {
  "summary.refund": "Erstattung von {gross} ({status}).",
  "summary.partial_refund": "Teilerstattung von {gross} ({status}).",
  "summary.no_refund": "Keine Erstattung ({status}).",
  "summary.not_allowed": "Nicht zulässig ({status}).",
  "summary.refer_to_developer": "Keine Erstattung durch die Plattform; der App-Entwickler entscheidet ({status}).",
  "status.estimate": "Schätzung: der endgültige Betrag wird nach Abschluss der Migration berechnet",
  "status.final": "endgültig",
  "line.refund": "{item}: {gross} erstattet ({net} netto + {tax} Steuer).",
  "line.partial_refund": "{item}: {gross} erstattet ({net} netto + {tax} Steuer).",
  "line.no_refund": "{item}: keine Erstattung.",
  "line.not_allowed": "{item}: nicht zulässig.",
  "line.refer_to_developer": "{item}: über die Erstattung entscheidet der App-Entwickler, {developer}.",
  "line.calculation": "{unused} von {total} {unit} ungenutzt, vom {from} bis {to}.",
  "type.subscription": "Abonnement {id}",
  "type.license_key": "Lizenzschlüssel {id}",
  "type.telephony_credit": "Telefonieguthaben {id}",
  "type.marketplace_app": "MarketPlace-App {id}",
  "type.incurred_charge": "Gebühr {id}",
  "clause.products.non-refundable": "Abonnements und Lizenzschlüssel werden nicht erstattet.",
  "clause.charges.incurred": "Bereits angefallene Gebühren sind geschuldet und werden nicht erstattet.",
  "clause.telephony.no-cash-value": "Vorausbezahltes Telefonieguthaben hat keinen Barwert und wird nicht erstattet.",
  "clause.telephony.non-transferable": "Telefonieguthaben kann nicht übertragen, mit Rechnungen verrechnet oder für andere Dienste verwendet werden.",
  "clause.telephony.forfeit-on-termination": "Restliches Guthaben kann unbrauchbar werden, wenn Konto oder Nummer gesperrt oder gekündigt werden.",
  "clause.marketplace.developer-policy": "Für MarketPlace-Apps gelten die Erstattungsbedingungen ihres Entwicklers.",
  "clause.taxes.exclusive": "Gebühren verstehen sich ohne Steuern; jede Steuer wird einzeln ausgewiesen.",
  "clause.billing.non-payment": "Bei Nichtzahlung kann der Zugang zum Cloud-Dienst sofort gesperrt werden.",
  "clause.subscription.discontinue": "Das Abschalten der automatischen Verlängerung beendet das Abonnement; der laufende Zeitraum wird nicht erstattet.",
  "clause.migration.partial-refund": "Die Migration auf eine On-Premise-Kopie erstattet den ungenutzten Teil eines kommerziellen Abonnements.",
  "reason.not_commercial": "Nur bezahlte kommerzielle Abonnements werden bei einer Migration erstattet.",
  "reason.migration_cancelled": "Die Migration wurde abgebrochen; es wird nichts erstattet.",
  "reason.no_unused_time": "Vom bezahlten Zeitraum ist nichts ungenutzt.",
  "reason.already_refunded": "Der Betrag wurde bereits erstattet.",
  "reason.outside_refund_window": "Die Erstattungsfrist des Entwicklers ist abgelaufen.",
  "reason.within_refund_window": "Innerhalb der Erstattungsfrist des Entwicklers.",
  "reason.terms_not_registered": "Wenden Sie sich an den Entwickler: {contact}.",
  "reason.developer_terms": "Gemäß den Bedingungen des Entwicklers.",
  "notice.telephony.may-become-unusable": "{item}: das Guthaben kann nach Schließung des Cloud-Kontos unbrauchbar werden.",
  "notice.telephony.forfeit-on-termination": "{item}: das Guthaben ist möglicherweise unbrauchbar, weil {cause}; es wird nicht erstattet.",
  "notice.billing.access-may-be-barred": "Überfällige Rechnungen ({invoices}, {overdue}): der Zugang zum Cloud-Dienst kann sofort gesperrt werden.",
  "notice.taxes.exclusive": "Beträge verstehen sich netto; jede Steuer wird einzeln aufgeführt.",
  "notice.subscription.auto-renewal-already-off": "{item}: die automatische Verlängerung ist bereits ausgeschaltet.",
  "notice.migration.cancelled": "Die Migration wurde abgebrochen.",
  "notice.migration.refund-after-completion": "Dies ist eine Schätzung: die endgültige Erstattung wird nach Abschluss der Migration berechnet und ausgezahlt.",
  "notice.request.fields-ignored": "Felder, die der Vertrag nicht kennt, wurden ignoriert: {paths}.",
  "cause.account_suspended": "das Konto gesperrt ist",
  "cause.account_terminated": "das Konto gekündigt ist",
  "cause.number_suspended": "die Rufnummer gesperrt ist",
  "cause.number_terminated": "die Rufnummer gekündigt ist",
  "effect.disable_auto_renewal": "{item}: die automatische Verlängerung wird ausgeschaltet; der Dienst läuft bis {date}.",
  "unit.day.one": "Tag",
  "unit.day.other": "Tagen",
  "unit.month.one": "Monat",
  "unit.month.other": "Monaten",
};
