import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "./config";
import { logged, restrictedEntry } from "./testFixtures";
import type { RestrictionTerms } from "./types";
import { allowanceUsage, contactsNeededSince } from "./volumeUsage";

const TERMS: RestrictionTerms = {
  volumes: [
    { max: 2, per: "week", channels: ["email"] },
    { max: 5, per: "month" },
  ],
};
const CONTACTS = [
  logged("2026-11-02T09:00:00Z", { channel: "letter" }),
  logged("2026-11-23T09:00:00Z"),
  logged("2026-11-24T09:00:00Z", { direction: "outbound" }),
  logged("2026-11-25T09:00:00Z"),
  logged("2026-11-26T09:00:00Z"),
];

describe("allowanceUsage", () => {
  it("counts each allowance's use in the period containing the instant, up to that instant", () => {
    const usage = allowanceUsage({
      entry: restrictedEntry({ terms: TERMS }),
      contacts: CONTACTS,
      at: new Date("2026-11-25T09:00:00Z"),
      config: PORTSMOUTH_POLICY,
    });
    expect(
      usage.map((u) => ({ used: u.used, max: u.max, label: u.period.label, per: u.allowance.per })),
    ).toEqual([
      { used: 2, max: 2, label: "week beginning Monday 23 November 2026", per: "week" },
      { used: 3, max: 5, label: "November 2026", per: "month" },
    ]);
    expect(usage[0]?.period.startsAt.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(usage[0]?.period.lastDay).toBe("2026-11-29");
  });

  it("is empty when restrictions are not in force", () => {
    const input = {
      contacts: CONTACTS,
      at: new Date("2026-11-25T09:00:00Z"),
      config: PORTSMOUTH_POLICY,
    };
    expect(
      allowanceUsage({ ...input, entry: restrictedEntry({ terms: TERMS, stage: "ended" }) }),
    ).toEqual([]);
    expect(allowanceUsage({ ...input, entry: restrictedEntry({ terms: {} }) })).toEqual([]);
  });
});

describe("contactsNeededSince", () => {
  it("is the start of the longest allowance period", () => {
    const since = contactsNeededSince(
      restrictedEntry({ terms: TERMS }),
      new Date("2026-11-25T09:00:00Z"),
      PORTSMOUTH_POLICY,
    );
    expect(since?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });

  it("is undefined when no contacts are needed", () => {
    const at = new Date("2026-11-25T09:00:00Z");
    expect(
      contactsNeededSince(restrictedEntry({ terms: { spocOnly: true } }), at, PORTSMOUTH_POLICY),
    ).toBeUndefined();
    expect(
      contactsNeededSince(
        restrictedEntry({ terms: TERMS, stage: "monitoring" }),
        at,
        PORTSMOUTH_POLICY,
      ),
    ).toBeUndefined();
  });
});
