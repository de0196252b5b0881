/**
 * What each JSON endpoint does with its body: the library's functions, under the options chosen
 * at start (or the request's own, when the service accepts them), each answer the same JSON the
 * command line writes for the same input.
 */
import type { RefundDecision } from "../../contract/decision.js";
import type { RefundOptions } from "../../contract/options.js";
import type { SettlementOptions } from "../../contract/settlement.js";
import { canonicalJson } from "../../digest/index.js";
import type { Signing } from "../../digest/index.js";
import { batchEvaluator } from "../../engine/batch.js";
import { safeEvaluateRefund } from "../../engine/evaluate.js";
import { isRefundPolicyError } from "../../errors.js";
import { LOCALES } from "../../explain/catalogs.js";
import { explain } from "../../explain/explain.js";
import { safeSettleRefund } from "../settle-chunk.js";
import { checkRecord, optionsDigest, type RecordCheck } from "../verify-record.js";
import { envelope } from "./body.js";
import { HttpProblem, problem } from "./problem.js";

/** The choices made at start that every request is answered under. */
export interface ServiceChoices {
  /** `--options`: the refund options of evaluate and verify (read and checked at start). */
  readonly options?: RefundOptions;
  /** `--settle-options`: the settlement options of settle. */
  readonly settleOptions?: SettlementOptions;
  /** `--signing-key-file`: decisions are signed with it, and signed decisions checked with it. */
  readonly signingKey?: Uint8Array;
  /** `--allow-request-options`: a request's own `options` replace the service's. */
  readonly allowRequestOptions: boolean;
}

/** A decision of one request: the decision, or the problems for which it is refused. */
export type Decided = { ok: true; decision: RefundDecision } | { ok: false; problems: readonly { path: string; code: string; message: string }[] };

/** The languages `explain` speaks: English, built in, and every shipped locale. */
const TAGS = ["en", ...LOCALES.map((locale) => locale.code)];

/**
 * The endpoints' work, made once at start: the evaluator under the service's options is built
 * once (its options read once), as a batch's is.
 */
export class Service {
  readonly #choices: ServiceChoices;
  readonly #signing: Signing | undefined;
  readonly #evaluate: ReturnType<typeof batchEvaluator>;
  readonly #operator: string | undefined;

  constructor(choices: ServiceChoices) {
    this.#choices = choices;
    this.#signing = choices.signingKey === undefined ? undefined : { signingKey: choices.signingKey };
    this.#evaluate = batchEvaluator({ ...(choices.options === undefined ? {} : { options: choices.options }), ...(choices.signingKey === undefined ? {} : { signingKey: choices.signingKey }) });
    this.#operator = optionsDigest(choices.options);
  }

  /** One request's decision (`{ request, options? }`): the service's evaluator, or the request's own options where they are accepted. */
  decide(fields: Record<string, unknown>): Decided {
    const own = fields["options"] ?? undefined;
    if (own === undefined || (!this.#choices.allowRequestOptions && this.#sameOptions(own))) return this.#evaluate(fields["request"], 0);
    if (!this.#choices.allowRequestOptions) return { ok: false, problems: [notAccepted()] };
    return safeEvaluateRefund(fields["request"], own, this.#signing);
  }

  /** Whether a request's own refund options are the service's (then they are no override, and welcome). */
  #sameOptions(own: unknown): boolean {
    const digest = optionsDigest(own);
    return digest !== undefined && digest === this.#operator;
  }

  /** `POST /v1/evaluate`: the decision, as `evaluate` writes it. */
  evaluate(body: unknown): string {
    const decided = this.decide(envelope(body, ["request"], ["options"]));
    if (!decided.ok) throw refused(decided.problems);
    return pretty(decided.decision);
  }

  /** `POST /v1/explain`: the decision in sentences (`explain`'s answer: locale, summary, lines, notices, effects, text). */
  explain(body: unknown): string {
    const fields = envelope(body, ["decision"], ["locale"]);
    const locale = fields["locale"] ?? "en";
    if (typeof locale !== "string" || !isBuiltInLocale(locale)) {
      throw problem("invalid_request", "locale", "unknown_value", `locale must be one of ${TAGS.join(", ")} (or a regional tag of one)`);
    }
    try {
      return pretty(explain(fields["decision"] as RefundDecision, { locale, locales: LOCALES }));
    } catch (error) {
      if (isRefundPolicyError(error)) throw refused(error.problems.map((p) => ({ ...p, path: p.path === "" ? "decision" : `decision.${p.path}` })));
      throw error;
    }
  }

  /** `POST /v1/settle`: the settlement plan, as `settle` writes it. */
  settle(body: unknown): string {
    const fields = envelope(body, ["input"], ["options"]);
    const own = fields["options"] ?? undefined;
    let options: unknown = this.#choices.settleOptions;
    if (own !== undefined && this.#choices.allowRequestOptions) options = own;
    else if (own !== undefined && canonicalJson(own) !== canonicalJson(this.#choices.settleOptions ?? {})) throw new HttpProblem("options_not_accepted", [notAccepted()]);
    const result = safeSettleRefund(fields["input"], options, this.#signing);
    if (!result.ok) throw refused(result.problems);
    return pretty(result.plan);
  }

  /**
   * `POST /v1/verify`: the stored record `{ request, decision, options? }` decided again, as `verify` does:
   * `{ "same": true }`, or the differences, or the problems for which today's library refuses it. A record's
   * own options are a difference unless the service accepts per-request options: then they decide.
   */
  verify(body: unknown): string {
    const fields = envelope(body, ["request", "decision"], ["options"]);
    const decision = fields["decision"];
    if (typeof decision !== "object" || Array.isArray(decision)) throw problem("invalid_request", "decision", "wrong_type", "must be the decision object evaluate returned");
    const record = { request: fields["request"], decision: decision as RefundDecision, options: fields["options"] ?? undefined };
    const checked: RecordCheck = this.#choices.allowRequestOptions
      ? checkRecord(record, record.options as RefundOptions | undefined, optionsDigest(record.options), this.#signing)
      : checkRecord(record, this.#choices.options, this.#operator, this.#signing);
    return pretty(checked);
  }
}

/** The problem of a request's own options on a service that takes none. */
export function notAccepted(): { path: string; code: string; message: string } {
  return {
    path: "options",
    code: "not_accepted",
    message: "this service decides every request under the options it was started with; per-request options that differ need --allow-request-options",
  };
}

/** A request refused: 422 with the library's problems; a request's own options not accepted is its own type. */
function refused(problems: readonly { path: string; code: string; message: string }[]): HttpProblem {
  return new HttpProblem(problems.some((p) => p.code === "not_accepted" && p.path === "options") ? "options_not_accepted" : "invalid_request", problems);
}

/** JSON as the command line writes a single answer: two-space indented, with a final newline. */
function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A tag with a catalog, itself or by its language (`de-AT` reads `de`). */
function isBuiltInLocale(tag: string): boolean {
  const language = tag.split(/[-_]/)[0]!.toLowerCase();
  return TAGS.some((known) => known.toLowerCase() === tag.toLowerCase() || known.split("-")[0] === language);
}
