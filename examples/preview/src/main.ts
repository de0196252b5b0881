// A refund preview: the form is turned into a refund request on every change, evaluated in the browser,
// and shown as a figure, a status and the explanation in the chosen language. A bad request gets no
// figure: each problem is shown beside the field its path names, in the chosen language.
import { evaluateRefund, explain, explainProblems, explainSettlement, isRefundPolicyError, settleRefund } from "refund-policy";
import type { BillingCycle, Problem, ProblemExplanation, RefundDecision, RefundRequest, SettlementInput } from "refund-policy";
// English is built in; every other language is its own import (./locales.ts, generated from the library's
// catalogs), so a page carries only those it offers. Each is offered under its own name for itself.
import { LOCALES } from "./locales.js";

const languages = document.querySelector<HTMLSelectElement>("select[name=locale]")!;
for (const { code } of LOCALES) {
  const name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  languages.append(new Option(name.charAt(0).toLocaleUpperCase(code) + name.slice(1), code));
}

const form = document.querySelector<HTMLFormElement>("form#request")!;
const result = document.querySelector<HTMLElement>("#result")!;
const settlement = document.querySelector<HTMLElement>("#settlement")!;

/** The form as a contract request: one subscription whose account is moving on-premise. */
function requestFrom(values: Record<string, string>): RefundRequest {
  const tax = values.taxAmount
    ? [{ code: values.taxCode || "TAX", amount: values.taxAmount, ...(values.taxRate ? { rate: values.taxRate } : {}) }]
    : [];
  return {
    asOf: values.asOf ?? "",
    action: "migrate_to_on_premise",
    account: { id: "preview", currency: values.currency ?? "" },
    migration: { status: "in_progress", ...(values.expected ? { expectedCompletionOn: values.expected } : {}) },
    items: [
      {
        id: "sub-1",
        type: "subscription",
        cycle: (values.cycle ?? "year") as BillingCycle,
        period: { start: values.start ?? "", end: values.end ?? "" },
        paid: { net: values.net ?? "", taxes: tax },
      },
    ],
  };
}

/**
 * Once the migration completes on the expected day, the estimate becomes final: the same request with the
 * migration completed (decided that day) is what gets settled. An estimate is never paid.
 */
function finalRequestFrom(request: RefundRequest): RefundRequest | undefined {
  const day = request.migration?.expectedCompletionOn;
  if (!day) return undefined;
  return { ...request, asOf: day, migration: { status: "completed", completedOn: day } };
}

/**
 * A small ledger of the example: the subscription was billed on one invoice for what was paid, and paid by
 * two card charges on the period's first day: 70 % in the morning, the rest at noon.
 */
function ledgerFor(request: RefundRequest): Omit<SettlementInput, "decision"> {
  const item = request.items[0]!;
  const amounts = "paid" in item ? [item.paid.net, ...(item.paid.taxes ?? []).map((tax) => tax.amount)] : [];
  // The invoice's gross in minor units (BigInt, exact), at the amounts' own number of decimals.
  const scale = Math.max(0, ...amounts.map((amount) => (amount.split(".")[1] ?? "").length));
  const minor = (amount: string): bigint => {
    const [whole = "0", fraction = ""] = amount.split(".");
    return BigInt(whole + fraction.padEnd(scale, "0"));
  };
  const text = (value: bigint): string => {
    const digits = value.toString().padStart(scale + 1, "0");
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  };
  const gross = amounts.reduce((sum, amount) => sum + minor(amount), 0n);
  const first = (gross * 7n) / 10n;
  const day = "period" in item && item.period ? item.period.start : request.asOf;
  return {
    invoices: [{ id: "inv-1", number: "INV-2026-0001", issuedOn: day, itemIds: [item.id], gross: text(gross) }],
    payments: [
      { id: "ch_1", invoiceId: "inv-1", method: "card", amount: text(first), capturedAt: `${day}T09:00:00Z` },
      { id: "ch_2", invoiceId: "inv-1", method: "card", amount: text(gross - first), capturedAt: `${day}T12:00:00Z` },
    ],
  };
}

/** The settlement of the estimate's final figure over the example's ledger, explained in the chosen language. */
function showSettlement(request: RefundRequest, locale: string): void {
  const final = finalRequestFrom(request);
  settlement.replaceChildren();
  if (final === undefined) return;
  try {
    const ledger = ledgerFor(final);
    const plan = settleRefund({ decision: evaluateRefund(final), ...ledger });
    const explanation = explainSettlement(plan, { locale, locales: LOCALES, payments: ledger.payments });
    const steps = document.createElement("ul");
    for (const step of [...explanation.steps, ...explanation.creditNotes]) steps.append(element("li", step.text));
    settlement.lang = explanation.locale;
    settlement.replaceChildren(element("p", "Once final, on the example's ledger", "status"), element("p", explanation.summary, "summary"), steps);
  } catch (error) {
    // A request the final decision or the example's ledger cannot settle shows no settlement.
    if (!isRefundPolicyError(error)) throw error;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Removes the problems shown beside the fields by the previous render. */
function clearProblems(): void {
  for (const note of form.querySelectorAll(".problem")) note.remove();
  for (const field of form.querySelectorAll("[aria-invalid]")) {
    field.removeAttribute("aria-invalid");
    field.removeAttribute("aria-describedby");
  }
}

/** The form control a problem's path names, if the form has one. */
function fieldFor(problem: Problem | ProblemExplanation): HTMLElement | null {
  for (const field of form.querySelectorAll<HTMLElement>("[data-path]")) {
    if (field.dataset.path === problem.path) return field;
  }
  return null;
}

function showDecision(decision: RefundDecision, locale: string): void {
  const explanation = explain(decision, { locale, locales: LOCALES });
  const gross = new Intl.NumberFormat(explanation.locale, {
    style: "currency",
    currency: decision.currency,
  }).format(decision.total.gross as Intl.StringNumericLiteral);
  const sentences = document.createElement("ul");
  for (const sentence of [...explanation.lines.map((line) => line.text), ...explanation.notices, ...explanation.effects]) {
    sentences.append(element("li", sentence));
  }
  result.dataset.status = decision.status;
  result.lang = explanation.locale;
  result.replaceChildren(
    element("p", decision.status === "estimate" ? "Estimate" : "Final", "status"),
    element("strong", gross, "figure"),
    element("p", explanation.summary, "summary"),
    sentences,
  );
}

function showProblems(problems: readonly Problem[], locale: string): void {
  const elsewhere = document.createElement("ul");
  explainProblems(problems, { locale, locales: LOCALES }).forEach((problem, index) => {
    const field = fieldFor(problem);
    const note = element("small", problem.message, "problem");
    note.dataset.code = problem.code;
    if (field) {
      note.id = `problem-${index}`;
      field.setAttribute("aria-invalid", "true");
      field.setAttribute("aria-describedby", note.id);
      field.closest(".field")!.append(note);
    } else {
      elsewhere.append(element("li", problem.text));
    }
  });
  result.dataset.status = "invalid";
  result.lang = "en";
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  result.replaceChildren(element("p", `The request has ${count}: see the marked fields.`, "summary"));
  if (elsewhere.childElementCount > 0) result.append(elsewhere);
}

function render(): void {
  const values = Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value).trim()]));
  clearProblems();
  const request = requestFrom(values);
  try {
    showDecision(evaluateRefund(request), values.locale ?? "en");
  } catch (error) {
    if (!isRefundPolicyError(error)) throw error;
    showProblems(error.problems, values.locale ?? "en");
    settlement.replaceChildren();
    return;
  }
  showSettlement(request, values.locale ?? "en");
}

form.addEventListener("input", render);
render();
