// The settlement table's ledgers (docs/settlement-table.md) as settlement inputs: one reader for the table's own
// test and the e-invoice checks. It imports nothing from src/: the caller passes the evaluator (the sources in
// vitest, the build in the e-invoice CI script).
type Json = Record<string, any>;

/** The request every row decides: item `a` (1,000.00 with 19 % VAT) and item `b` (200.00 untaxed), migrated. */
export function tableRequest(final: boolean): Json {
  const subscription = (id: string, net: string, taxes?: Json[]) => ({
    id, type: "subscription", cycle: "year", period: { start: "2026-01-01", end: "2027-01-01" }, paid: taxes ? { net, taxes } : { net },
  });
  return {
    asOf: "2026-06-20", action: "migrate_to_on_premise", account: { id: "acct-1", currency: "EUR" },
    migration: final ? { status: "completed", completedOn: "2026-06-15" } : { status: "in_progress", expectedCompletionOn: "2026-06-15" },
    items: [subscription("a", "1000.00", [{ code: "VAT", rate: "0.19", amount: "190.00" }]), subscription("b", "200.00")],
  };
}

/** The settlement input a row's ledger stands for, its decision made by `decide`. */
export function tableInput(ledger: string, decide: (request: Json) => unknown): Json {
  const invoices: Json[] = [];
  const payments: Json[] = [];
  const open: Json[] = [];
  let final = true;
  for (const part of ledger.split(";").map((p) => p.trim())) {
    const words = part.split(/\s+/);
    const option = (name: string) => (words.includes(name) ? words[words.indexOf(name) + 1] : undefined);
    const invoice = /^([\w-]+)\[([\w,]*)\]/.exec(part);
    if (part === "estimate") final = false;
    else if (words[0] === "open") open.push({ id: words[1], amount: words[2], dueOn: option("due") });
    else if (invoice) {
      const entry: Json = { id: invoice[1], number: `INV-${invoice[1]}`, issuedOn: option("issued") ?? "2026-01-01", itemIds: invoice[2]!.split(",").filter(Boolean) };
      if (option("gross") !== undefined) entry.gross = option("gross");
      if (option("credited") !== undefined) entry.credited = option("credited");
      invoices.push(entry);
    } else {
      const payment: Json = { id: words[0], invoiceId: invoices.at(-1)?.id, method: words[1], amount: words[2], capturedAt: words[3]?.slice(1) };
      if (option("refunded") !== undefined) payment.refunded = option("refunded");
      if (option("until") !== undefined) payment.refundableUntil = option("until");
      if (words.includes("disputed")) payment.refundable = false;
      payments.push(payment);
    }
  }
  const input: Json = { decision: decide(tableRequest(final)), invoices, payments };
  if (open.length > 0) input.openInvoices = open;
  return input;
}
