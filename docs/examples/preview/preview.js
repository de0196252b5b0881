import { evaluateRefund, explain, isRefundPolicyError } from "refund-policy";
// English is built in; every other language is its own import, so a page carries only those it offers.
import { de } from "refund-policy/locale/de";
import { es } from "refund-policy/locale/es";
import { ptBR } from "refund-policy/locale/pt-BR";
import { fr } from "refund-policy/locale/fr";
import { ru } from "refund-policy/locale/ru";

const LOCALES = [de, es, ptBR, fr, ru];

const form = document.getElementById("form");
const result = document.getElementById("result");

/** The form as a contract request: one subscription, an in-progress migration. */
function requestFrom(values) {
  const taxes = values.taxAmount ? [{ code: values.taxCode || "TAX", rate: values.taxRate || undefined, amount: values.taxAmount }] : [];
  return {
    asOf: values.asOf,
    action: "migrate_to_on_premise",
    account: { id: "preview", currency: values.currency },
    migration: { status: "in_progress", ...(values.expected ? { expectedCompletionOn: values.expected } : {}) },
    items: [
      {
        id: "sub-1",
        type: "subscription",
        cycle: values.cycle,
        period: { start: values.start, end: values.end },
        paid: { net: values.net, taxes: taxes.map((t) => (t.rate ? t : { code: t.code, amount: t.amount })) },
      },
    ],
  };
}

function show(element, text) {
  const node = document.createElement(element);
  node.textContent = text;
  return node;
}

function render() {
  const values = Object.fromEntries(new FormData(form));
  result.replaceChildren();
  try {
    const decision = evaluateRefund(requestFrom(values));
    const explanation = explain(decision, { locale: values.locale, locales: LOCALES });
    const gross = new Intl.NumberFormat(explanation.locale, { style: "currency", currency: decision.currency }).format(decision.total.gross);
    result.className = decision.status;
    const list = document.createElement("ul");
    for (const sentence of [...explanation.lines.map((l) => l.text), ...explanation.notices]) list.append(show("li", sentence));
    result.append(show("div", decision.status), show("div", gross), show("p", explanation.summary), list);
    result.firstChild.className = "status";
    result.children[1].className = "figure";
    result.children[1].id = "figure";
    window.__decision = decision;
  } catch (error) {
    if (!isRefundPolicyError(error)) throw error;
    result.className = "error";
    const list = document.createElement("ul");
    list.id = "problems";
    for (const problem of error.problems) list.append(show("li", `${problem.path}: ${problem.message} (${problem.code})`));
    result.append(show("p", "The request has problems:"), list);
    window.__decision = null;
  }
  window.__rendered = (window.__rendered ?? 0) + 1;
}

form.addEventListener("input", render);
render();
