import { describe, expect, it } from "vitest";
import { address } from "../../domain/testFixtures";
import { noonOn, restricted } from "../../domain/testScenario";
import type { CaseRecord, CaseRef } from "../../domain/types";
import { createMessageChecker } from "./messageCheck";
import { FRONTLINE_USER, MANAGER_USER, message, testDeps } from "./testSupport";

const WEDNESDAY = noonOn("2026-11-11");
const ADVOCATE = address("sam.patel@advocacy.example");

function customer(ref: string, customerName: string): CaseRecord {
  const record = restricted();
  return {
    entry: { ...record.entry, ref: ref as CaseRef, customerName },
    file: { ...record.file, ref: ref as CaseRef },
  };
}

const BLOGGS = customer("UCB-2026-BL0GGS", "Jo Bloggs");
const RIVERS = customer("UCB-2026-R1VERS", "Amy Rivers");

/** Both customers restricted, both represented by the same advocate. */
function represented() {
  const deps = testDeps(WEDNESDAY);
  for (const { entry, file } of [BLOGGS, RIVERS]) {
    deps.store.seed(entry, file, [{ address: ADVOCATE, ref: entry.ref, kind: "representative" }]);
  }
  return deps;
}

const fromAdvocate = (subject: string) =>
  message(WEDNESDAY, { from: ADVOCATE, fromName: "Sam Patel", subject });

describe("a representative acting for several restricted customers", () => {
  it("shows frontline staff one case without a name when the message names no customer", async () => {
    const check = await createMessageChecker(represented()).check(
      fromAdvocate("Two of my clients"),
      FRONTLINE_USER,
    );
    if (check.mode !== "read") throw new Error("read check expected");
    expect(check.cases).toHaveLength(1);
    expect(check.cases[0]?.customerName).toBe("One of the 2 customers this sender represents");
    expect(JSON.stringify(check)).not.toContain("Bloggs");
    expect(JSON.stringify(check)).not.toContain("Rivers");
    // Still restricted, with the terms and SPOC to pass it to.
    expect(check.verdict.kind).not.toBe("notRestricted");
    expect(check.cases[0]?.spoc).toBeDefined();
  });

  it("shows only the customer the message names, by surname in the subject", async () => {
    const check = await createMessageChecker(represented()).check(
      fromAdvocate("Re: Ms Rivers' housing repair"),
      FRONTLINE_USER,
    );
    if (check.mode !== "read") throw new Error("read check expected");
    expect(check.cases.map((c) => c.customerName)).toEqual(["Amy Rivers"]);
    expect(JSON.stringify(check)).not.toContain("Bloggs");
  });

  it("shows managers every customer, as before", async () => {
    const check = await createMessageChecker(represented()).check(
      fromAdvocate("Two of my clients"),
      MANAGER_USER,
    );
    if (check.mode !== "read") throw new Error("read check expected");
    expect(check.cases.map((c) => c.customerName).sort()).toEqual(["Amy Rivers", "Jo Bloggs"]);
  });

  it("changes nothing for a representative of one customer", async () => {
    const deps = testDeps(WEDNESDAY);
    deps.store.seed(BLOGGS.entry, BLOGGS.file, [
      { address: ADVOCATE, ref: BLOGGS.entry.ref, kind: "representative" },
    ]);
    const check = await createMessageChecker(deps).check(fromAdvocate("Hello"), FRONTLINE_USER);
    if (check.mode !== "read") throw new Error("read check expected");
    expect(check.cases.map((c) => c.customerName)).toEqual(["Jo Bloggs"]);
  });
});
