import type { Messages } from "../messages.js";

/**
 * The French messages of {@link explain} (missing keys fall back to English).
 *
 * @example
 * ```ts
 * import { explain } from "refund-policy";
 * declare const decision: Parameters<typeof explain>[0];
 * explain(decision, { locale: "fr" }).summary;
 * ```
 */
export const fr: Messages = {
  "summary.refund": "Remboursement de {gross} ({status}).",
  "summary.partial_refund": "Remboursement partiel de {gross} ({status}).",
  "summary.no_refund": "Aucun remboursement ({status}).",
  "summary.not_allowed": "Non autorisé ({status}).",
  "summary.refer_to_developer": "Pas de remboursement par la plateforme ; le développeur de l'app décide ({status}).",
  "status.estimate": "estimation : le montant final est calculé une fois la migration terminée",
  "status.final": "définitif",
  "line.refund": "{item} : {gross} remboursé ({net} HT + {tax} de taxes).",
  "line.partial_refund": "{item} : {gross} remboursé ({net} HT + {tax} de taxes).",
  "line.no_refund": "{item} : aucun remboursement.",
  "line.not_allowed": "{item} : non autorisé.",
  "line.refer_to_developer": "{item} : le remboursement relève du développeur de l'app, {developer}.",
  "line.calculation": "{unused} sur {total} {unit} non utilisés, du {from} au {to}.",
  "type.subscription": "Abonnement {id}",
  "type.license_key": "Clé de licence {id}",
  "type.telephony_credit": "Crédit de téléphonie {id}",
  "type.marketplace_app": "App MarketPlace {id}",
  "type.incurred_charge": "Frais {id}",
  "clause.products.non-refundable": "Les abonnements et clés de licence ne sont pas remboursables.",
  "clause.charges.incurred": "Les frais déjà engagés sont dus et ne sont pas remboursés.",
  "clause.telephony.no-cash-value": "Le crédit de téléphonie prépayé n'a aucune valeur monétaire et n'est pas remboursé.",
  "clause.telephony.non-transferable": "Le crédit de téléphonie ne peut être transféré, imputé sur des factures ni payer d'autres services.",
  "clause.telephony.forfeit-on-termination": "Le crédit restant peut devenir inutilisable si le compte ou le numéro est suspendu ou résilié.",
  "clause.marketplace.developer-policy": "Les apps MarketPlace suivent les conditions de remboursement de leur développeur.",
  "clause.taxes.exclusive": "Les tarifs s'entendent hors taxes ; chaque taxe est détaillée.",
  "clause.billing.non-payment": "En cas de non-paiement, l'accès au service cloud peut être bloqué immédiatement.",
  "clause.subscription.discontinue": "Désactiver le renouvellement automatique met fin à l'abonnement ; la période en cours n'est pas remboursée.",
  "clause.migration.partial-refund": "La migration vers une copie sur site rembourse la partie non utilisée d'un abonnement commercial.",
  "reason.not_commercial": "Seuls les abonnements commerciaux payés sont remboursés lors d'une migration.",
  "reason.migration_cancelled": "La migration a été annulée ; rien n'est remboursé.",
  "reason.no_unused_time": "Il ne reste aucune durée non utilisée dans la période payée.",
  "reason.already_refunded": "Le montant dû a déjà été remboursé.",
  "reason.outside_refund_window": "Le délai de remboursement du développeur est dépassé.",
  "reason.within_refund_window": "Dans le délai de remboursement du développeur.",
  "reason.terms_not_registered": "Contactez le développeur : {contact}.",
  "reason.developer_terms": "Selon les conditions du développeur.",
  "notice.telephony.may-become-unusable": "{item} : le crédit peut devenir inutilisable à la fermeture du compte cloud.",
  "notice.telephony.forfeit-on-termination": "{item} : le crédit peut être inutilisable car {cause} ; il n'est pas remboursé.",
  "notice.billing.access-may-be-barred": "Factures en retard ({invoices}, {overdue}) : l'accès au service cloud peut être bloqué immédiatement.",
  "notice.taxes.exclusive": "Les montants sont hors taxes ; chaque taxe est indiquée séparément.",
  "notice.subscription.auto-renewal-already-off": "{item} : le renouvellement automatique est déjà désactivé.",
  "notice.migration.cancelled": "La migration a été annulée.",
  "notice.migration.refund-after-completion": "Ceci est une estimation : le remboursement final est calculé et versé une fois la migration terminée.",
  "notice.request.fields-ignored": "Des champs absents du contrat ont été ignorés : {paths}.",
  "cause.account_suspended": "le compte est suspendu",
  "cause.account_terminated": "le compte est résilié",
  "cause.number_suspended": "le numéro est suspendu",
  "cause.number_terminated": "le numéro est résilié",
  "effect.disable_auto_renewal": "{item} : le renouvellement automatique est désactivé ; le service continue jusqu'au {date}.",
  "unit.day.one": "jour",
  "unit.day.many": "jours",
  "unit.day.other": "jours",
  "unit.month.one": "mois",
  "unit.month.many": "mois",
  "unit.month.other": "mois",
};
