import { describe, expect, it } from "vitest";
import { AD, FRONTLINE, HELPDESK, SERVICE_MANAGER, referred } from "../../domain/testScenario";
import { CUSTOMER, REF } from "../../domain/testFixtures";
import type { Actor, Stage } from "../../domain/types";
import { assessReferral } from "./assess";
import { harness, succeeded } from "./testSupport";
import type { ConsultedInput, LetterKind } from "./types";

const asInput = (a: Actor, on = "2026-10-19"): ConsultedInput => ({
  name: a.name,
  email: a.email,
  role: a.role,
  on,
});
const CONSULTED = [asInput(AD, "2026-10-15"), asInput(SERVICE_MANAGER, "2026-10-16")];

describe("assessReferral (5.2.2)", () => {
  it.each<[string, boolean, boolean, Stage, LetterKind | undefined]>([
    ["not unreasonable: closed, with reasons", false, false, "closed", "notUnreasonable"],
    ["unreasonable, no restrictions: monitoring", true, false, "monitoring", "noRestrictions"],
    ["unreasonable, restrictions needed: assessed", true, true, "assessed", undefined],
  ])("%s", async (_label, unreasonable, restrictionsNeeded, stage, letterKind) => {
    const h = harness(referred(), "2026-10-20");
    const result = succeeded(
      await assessReferral(h.deps, await h.load(), HELPDESK, {
        unreasonable,
        restrictionsNeeded,
        consulted: CONSULTED,
        reasons: "The emails raise new housing repairs each time.",
      }),
    );
    expect(result.loaded.record.entry.stage).toBe(stage);
    expect(h.store.register.get(REF)?.value.stage).toBe(stage);
    expect(result.letter?.kind).toBe(letterKind);
    const actions = h.store.events.map((e) => e.action);
    expect(actions[0]).toBe("assessed");
    if (letterKind) {
      expect(result.letter?.to).toEqual([CUSTOMER]);
      expect(result.letter?.body).toContain("The emails raise new housing repairs each time.");
      expect(actions).toContain("letterDrafted");
    }
  });

  it("a closed case is kept until six years after closure (6)", async () => {
    const h = harness(referred(), "2026-10-20");
    const result = succeeded(
      await assessReferral(h.deps, await h.load(), HELPDESK, {
        unreasonable: false,
        restrictionsNeeded: false,
        consulted: CONSULTED,
        reasons: "Contact is frequent but about genuine problems.",
      }),
    );
    expect(result.loaded.record.entry.retainUntil).toBe("2032-10-20");
  });

  it("names every missing field and saves nothing", async () => {
    const h = harness(referred(), "2026-10-20");
    const before = h.snapshot();
    const result = await assessReferral(h.deps, await h.load(), HELPDESK, {
      unreasonable: true,
      restrictionsNeeded: true,
      consulted: [{ name: "", email: "not-an-address", role: "assistantDirector", on: "" }],
      reasons: "  ",
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(Object.keys(result.errors).sort()).toEqual([
      "consulted.0.email",
      "consulted.0.name",
      "consulted.0.on",
      "reasons",
    ]);
    expect(result.errors["consulted.0.on"]).toBe(
      "Enter the date they were consulted as a date, for example 3 March 2026.",
    );
    expect(h.snapshot()).toBe(before);
  });

  it.each([
    ["frontline staff", FRONTLINE],
    ["a service manager", SERVICE_MANAGER],
  ])("is refused for %s with the domain's reason, saving nothing", async (_label, who) => {
    const h = harness(referred(), "2026-10-20");
    const before = h.snapshot();
    const result = await assessReferral(h.deps, await h.load(), who, {
      unreasonable: true,
      restrictionsNeeded: true,
      consulted: CONSULTED,
      reasons: "Reasons.",
    });
    expect(result.ok).toBe(false);
    if (result.ok || result.kind !== "refused") throw new Error("expected refused");
    expect(result.message).toMatch(/city helpdesk manager/);
    expect(h.snapshot()).toBe(before);
  });

  it.each<[string, readonly ConsultedInput[], string]>([
    [
      "the assistant director",
      [asInput(SERVICE_MANAGER)],
      "the assistant director of corporate services",
    ],
    ["the service manager", [asInput(AD)], "the service manager"],
  ])(
    "refuses an assessment without %s among those consulted (5.2.2)",
    async (_l, consulted, who) => {
      const h = harness(referred(), "2026-10-20");
      const result = await assessReferral(h.deps, await h.load(), HELPDESK, {
        unreasonable: true,
        restrictionsNeeded: true,
        consulted,
        reasons: "Reasons.",
      });
      expect(result.ok === false && result.kind).toBe("refused");
      expect(result.ok === false && result.message).toBe(
        `The assessment is made in consultation with the assistant director of corporate services and the appropriate service manager: record ${who} among those consulted (5.2.2).`,
      );
      expect(h.store.events).toHaveLength(0);
    },
  );

  it("reports a case changed by someone else as a conflict to reload", async () => {
    const h = harness(referred(), "2026-10-20");
    const loaded = await h.load();
    h.store.touch(REF);
    const result = await assessReferral(h.deps, loaded, HELPDESK, {
      unreasonable: false,
      restrictionsNeeded: false,
      consulted: CONSULTED,
      reasons: "Reasons.",
    });
    expect(result.ok === false && result.kind).toBe("conflict");
    expect(result.ok === false && result.message).toMatch(/someone else.*reload/);
    // Only the refused attempt is kept (8).
    expect(h.store.events.map((e) => e.action)).toEqual(["staleAttemptRefused"]);
    expect(h.store.register.get(REF)?.value.stage).toBe("referred");
  });
});
