import type { ClauseId } from "../clauses.js";
import type { Effect, LineReason, Notice, NoticeCode, Outcome } from "../contract/decision.js";
import type { ItemType } from "../contract/request.js";

/**
 * Every message key of {@link explain}. Placeholders in braces (`{gross}`) are
 * filled in; amounts and dates arrive already formatted for the locale.
 *
 * @example
 * ```ts
 * const key: MessageKey = "summary.partial_refund";
 * ```
 */
export type MessageKey =
  | `summary.${Outcome}`
  | `status.${"estimate" | "final"}`
  | `line.${Outcome}`
  | "line.calculation"
  | `type.${ItemType}`
  | `clause.${ClauseId}`
  | `reason.${LineReason}`
  | `notice.${NoticeCode}`
  | `cause.${NonNullable<Notice["cause"]>}`
  | `effect.${Effect["type"]}`
  | `unit.${"day" | "month"}.${Intl.LDMLPluralRule}`;

/**
 * A locale's messages. A caller's catalog may be partial: missing keys fall back
 * to the base locale's, then to English.
 *
 * @example
 * ```ts
 * const shout: Messages = { "line.no_refund": "{item}: NO REFUND." };
 * ```
 */
export type Messages = Partial<Record<MessageKey, string>>;
