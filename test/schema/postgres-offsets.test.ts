import { describe, expect, it } from "vitest";
import { safeEvaluateRefund } from "../../src/index.js";
import { licenseKey, request } from "../../src/testing/index.js";
import { verdict, validateRequest } from "./schemas.js";

describe("the request schema takes every instant form the library reads", () => {
  it.each(["2026-06-20 10:00:00+02", "2026-06-20T10:00:00-0530", "2026-06-20 10:00:00.5+02:00"])("accepts %j, as the library does", (asOf) => {
    const input = { ...request({ account: { currency: "EUR", timeZone: "Europe/Berlin" } }, licenseKey()), asOf };
    expect(safeEvaluateRefund(input).ok).toBe(true);
    expect(verdict(validateRequest, input)).toEqual({ accepted: true, errors: [] });
  });
});
