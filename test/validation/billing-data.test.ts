// Issue 25: the policy's readings changed in turn 3 (2, 5) and added (18–21), and the mistakes billing data
// makes on its way in. Each test fails on the library before the change.
import { describe, expect, it } from "vitest";
import { evaluateRefund, explain, explainProblems, type RefundRequest, safeEvaluateRefund } from "../../src/index.js";
import { de } from "../../src/locale/de.js";
import { decisionJson } from "../../src/cli/decision-json.js";
import { licenseKey, marketplaceApp, migrationRequest, request, subscription, tax, telephonyCredit } from "../../src/testing/index.js";
import { codeAt, migrate, problemsOf } from "../helpers.js";

/** Every problem of a request, none when it is decided. */
const problemsIn = (input: unknown, options?: unknown) => {
  const result = safeEvaluateRefund(input, options);
  return result.ok ? [] : result.problems;
};

const window14 = { marketplace: { "acme.crm-sync": { terms: "full_within_days", days: 14 } } } as const;
const prorated = { marketplace: { "acme.crm-sync": { terms: "prorated" } } } as const;

describe("a MarketPlace purchase after asOf has not happened yet (reading 18)", () => {
  it("refuses an app purchased after asOf, which a refund window paid in full", () => {
    const app = marketplaceApp({ purchasedOn: "2026-06-25" });
    expect(problemsOf(request({}, app), window14)).toEqual([
      {
        path: "items[0].purchasedOn",
        code: "purchased_after_as_of",
        message: "is after asOf (2026-06-20): an app not yet purchased cannot be refunded",
        expected: "<=2026-06-20",
        received: "2026-06-25",
      },
    ]);
  });

  it("refuses it under prorated terms too, which refunded its whole future period", () => {
    const app = marketplaceApp({ purchasedOn: "2026-07-01", start: "2026-07-01", end: "2026-08-01" });
    expect(codeAt(request({}, app), "items[0].purchasedOn", prorated)).toBe("purchased_after_as_of");
  });

  it("decides an app purchased on asOf, day 0 of its window", () => {
    expect(evaluateRefund(request({}, marketplaceApp({ purchasedOn: "2026-06-20" })), window14).lines[0]).toMatchObject({ outcome: "refund", reason: "within_refund_window" });
  });
});

describe("a zero net does not make its tax unrefundable (reading 21)", () => {
  const levied = marketplaceApp({ purchasedOn: "2026-06-10", net: "0.00", taxes: [tax("LEVY", "5.00")], start: "2026-06-01", end: "2026-07-01" });

  it("refunds the whole levy of a zero-net app inside its refund window", () => {
    const line = evaluateRefund(request({}, levied), window14).lines[0]!;
    expect(line).toMatchObject({ outcome: "refund", reason: "within_refund_window" });
    expect(line.refund).toEqual({ net: "0.00", tax: "5.00", gross: "5.00", taxes: [{ code: "LEVY", amount: "5.00" }] });
  });

  it("refunds the unused share of a zero-net app's levy under prorated terms", () => {
    const line = evaluateRefund(request({}, levied), prorated).lines[0]!;
    expect(line.outcome).toBe("partial_refund");
    expect(line.refund.tax).toBe("1.67"); // 5.00 × 10/30 days, June 21–30 unused
  });

  it("keeps a non-refundable levy out, and says nothing was granted", () => {
    const kept = marketplaceApp({ purchasedOn: "2026-06-10", net: "0.00", taxes: [tax("LEVY", "5.00", { refundable: false })] });
    expect(evaluateRefund(request({}, kept), window14).lines[0]).toMatchObject({ outcome: "no_refund", reason: "developer_terms" });
  });
});

describe("tax rates with any number of decimals, as amounts take trailing zeros", () => {
  const withRate = (rate: string) => request({}, subscription({ net: "1200.00", taxes: [tax("VAT", "228.00", { rate })] }));

  it("reads a NUMERIC(p,14) rate as the same fraction", () => {
    expect(problemsIn(withRate("0.19000000000000"))).toEqual([]);
  });

  it("compares a rate of more than twelve significant decimals exactly", () => {
    expect(problemsIn(withRate("0.1900000000000049"))).toEqual([]);
    expect(codeAt(withRate("0.1950000000000001"), "items[0].paid.taxes[0].amount")).toBe("tax_rate_mismatch");
  });

  it("refuses a rate longer than 64 characters as too long, saying so", () => {
    expect(problemsOf(withRate(`0.19${"0".repeat(61)}`))).toEqual([
      { path: "items[0].paid.taxes[0].rate", code: "too_long", message: "has 65 characters; at most 64 are accepted", expected: "<=64", received: "65" },
    ]);
  });
});

describe("a stub is prorated by days, never counted as a whole month (reading 5)", () => {
  const yearAndADay = subscription({ start: "2026-01-01", end: "2027-01-02", net: "1200.00" });

  it("refunds one unused day of a year and a day as a day, not as a thirteenth month (92.31)", () => {
    const line = migrate("2026-12-31", yearAndADay);
    expect(line.calculation).toMatchObject({ unit: "day", unused: 1, total: 366 });
    expect(line.refund.net).toBe("3.28");
  });

  it("keeps every real month's worth: 200 unused days of 366, not 7 months of 13", () => {
    expect(migrate("2026-06-15", yearAndADay).refund.net).toBe("655.74");
  });

  it("refunds the unused last days of a yearly plan's first period from mid-January", () => {
    const line = migrate("2026-12-20", subscription({ start: "2026-01-15", end: "2027-01-01", net: "1200.00" }));
    expect(line.calculation).toMatchObject({ unit: "day", used: 340, unused: 11, total: 351 });
    expect(line.refund.net).toBe("37.61");
  });

  it("keeps months for a whole number of months, clamped at short months", () => {
    expect(migrate("2026-06-15", subscription({ start: "2026-01-31", end: "2027-01-31" })).calculation?.unit).toBe("month");
  });

  it("keeps counting a stub's short last month as one when months are forced", () => {
    expect(migrate("2026-06-15", yearAndADay, { proration: { unit: "month" } }).calculation).toMatchObject({ unit: "month", total: 13 });
  });
});

describe("the cycle agrees with the period (reading 20)", () => {
  it("refuses a month cycle on a twelve-month period, which prorated it by days", () => {
    const [problem] = problemsOf(request({}, subscription({ cycle: "month" })));
    expect(problem).toMatchObject({ path: "items[0].period.end", code: "cycle_mismatch", expected: "<=2026-02-04", received: "2027-01-01" });
    expect(problem?.message).toContain('longer than one "month" cycle');
  });

  it.each([
    ["2026-02-28", "2026-03-30"],
    ["2026-02-28", "2026-03-31"],
    ["2028-02-29", "2028-03-31"],
    ["2026-06-10", "2026-06-25"],
  ])("lets a monthly period %s → %s through (an anniversary on the 29th–31st, or a stub)", (start, end) => {
    expect(problemsIn(request({}, subscription({ cycle: "month", start, end })))).toEqual([]);
  });

  it("refuses a monthly period four days past its month", () => {
    expect(codeAt(request({}, subscription({ cycle: "month", start: "2026-02-28", end: "2026-04-01" })), "items[0].period.end")).toBe("cycle_mismatch");
  });

  it("has a half-year cycle, prorated by months", () => {
    const line = migrate("2026-06-15", subscription({ cycle: "half_year", start: "2026-04-01", end: "2026-10-01", net: "600.00" }));
    expect(line.calculation).toMatchObject({ unit: "month", used: 3, unused: 3, total: 6 });
    expect(codeAt(request({}, subscription({ cycle: "half_year" })), "items[0].period.end")).toBe("cycle_mismatch");
  });
});

describe("an earlier refund says what tax it carried (reading 2)", () => {
  const taxed = (refunded: unknown) =>
    migrationRequest({ completedOn: "2026-06-15" }, { ...subscription({ net: "1200.00", taxes: [tax("VAT", "228.00", { rate: "0.19" })] }), refunded } as never);

  it("refuses a refund recorded with its net only, which paid the VAT again", () => {
    expect(problemsOf(taxed({ net: "600.00" }))).toEqual([
      {
        path: "items[0].refunded.taxes",
        code: "missing",
        message: "is required: the item paid VAT; list the tax each earlier refund carried, with a zero amount where none was refunded",
      },
    ]);
    expect(codeAt(taxed({ net: "600.00", taxes: null }), "items[0].refunded.taxes")).toBe("missing");
  });

  it("takes an explicit empty list at the caller's word: no tax was refunded", () => {
    expect(evaluateRefund(taxed({ net: "600.00", taxes: [] })).lines[0]!.refund).toMatchObject({ net: "0.00", tax: "114.00" });
  });

  it("needs no list when every tax paid is non-refundable", () => {
    const sub = { ...subscription({ taxes: [tax("VAT", "228.00", { refundable: false })] }), refunded: { net: "100.00" } };
    expect(problemsIn(migrationRequest({ completedOn: "2026-06-15" }, sub))).toEqual([]);
  });
});

describe("instants need the account's zone (reading 19)", () => {
  const instant = (timeZone?: string): RefundRequest => {
    const req = migrationRequest({ completedOn: "2026-06-16T03:00:00Z" }, subscription({ cycle: "month", start: "2026-06-01", end: "2026-07-01", net: "30.00" }));
    if (timeZone !== undefined) req.account.timeZone = timeZone;
    return req;
  };

  it("refuses instants without a zone, naming the first instant, where UTC was assumed", () => {
    expect(problemsOf(instant())).toEqual([
      {
        path: "account.timeZone",
        code: "missing",
        message: 'is required: migration.completedOn is an instant, and the day it falls on depends on the zone (an IANA name such as "Europe/Berlin", or "UTC")',
      },
    ]);
  });

  it("reads the instant in the zone given: June 15 in Los Angeles, June 16 in UTC", () => {
    expect(evaluateRefund(instant("America/Los_Angeles")).lines[0]!.refund.net).toBe("15.00");
    expect(evaluateRefund(instant("UTC")).lines[0]!.refund.net).toBe("14.00");
  });

  it("asks nothing more of a zone that is itself wrong", () => {
    expect(problemsOf(instant("Mars/Olympus")).map((p) => p.code)).toEqual(["invalid_time_zone"]);
  });
});

describe("currency codes in any letter case", () => {
  it.each(["eur", "Eur", "EUR"])("reads %j as EUR and writes it upper-case", (currency) => {
    expect(evaluateRefund(request({ currency }, licenseKey())).currency).toBe("EUR");
  });

  it("refuses an unknown code in lower case as it was given", () => {
    expect(problemsOf(request({ currency: "xau" }))).toEqual([
      { path: "account.currency", code: "unknown_currency", message: 'must be an active ISO 4217 currency code such as "EUR", not "xau"', expected: "ISO 4217 currency code", received: '"xau"' },
    ]);
  });
});

describe("labels and refs for the people downstream", () => {
  const labelled = request(
    {},
    licenseKey({ label: "Business licence, 2026", ref: "il_1NvJx2" }),
    telephonyCredit({ id: "tel-1", ref: 'line "7"/ü' }),
    subscription({ id: "sub_pro" }),
  );
  const decided = () => evaluateRefund(labelled);

  it("echoes label and ref on each item's line, and leaves them out when not given", () => {
    const decision = decided();
    expect(decision.lines.map((line) => [line.label, line.ref])).toEqual([
      ["Business licence, 2026", "il_1NvJx2"],
      [undefined, 'line "7"/ü'],
      [undefined, undefined],
    ]);
    expect(Object.keys(decision.lines[2]!)).not.toContain("label");
  });

  it("names an item by its label in every language, and by type and id without one", () => {
    const decision = decided();
    expect(explain(decision).lines[0]!.text).toMatch(/^Business licence, 2026: /);
    expect(explain(decision, { locale: de }).lines[0]!.text).toMatch(/^Business licence, 2026: /);
    expect(explain(decision, { locale: de }).lines[2]!.text).toMatch(/^Abonnement sub_pro: /);
  });

  it("writes them in the command line's JSON exactly as JSON.stringify does", () => {
    const decision = decided();
    expect(decisionJson(decision)).toBe(JSON.stringify(decision));
  });

  it("bounds both at 200 characters, and refuses an empty label", () => {
    const long = "x".repeat(201);
    expect(problemsOf(request({}, licenseKey({ label: long, ref: long }))).map((p) => `${p.path}:${p.code}`)).toEqual(["items[0].label:too_long", "items[0].ref:too_long"]);
    expect(codeAt(request({}, licenseKey({ label: "" })), "items[0].label")).toBe("missing");
    expect(problemsIn(request({}, licenseKey({ label: "x".repeat(200), ref: "" })))).toEqual([]);
  });

  it("names the new fields and problems in words", () => {
    const shown = explainProblems([
      { path: "items[0].label", code: "too_long", message: "" },
      { path: "items[1].period.end", code: "cycle_mismatch", message: "" },
      { path: "items[2].purchasedOn", code: "purchased_after_as_of", message: "" },
    ], { locale: de });
    expect(shown.map((p) => p.field)).toEqual(["Position 1 › Bezeichnung", "Position 2 › Zeitraum › Ende", "Position 3 › Kaufdatum"]);
    expect(shown.every((p) => p.message !== "")).toBe(true);
  });
});
