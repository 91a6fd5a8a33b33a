import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { AD, DIRECTOR, HELPDESK, noonOn, restricted } from "../../domain/testScenario";
import type { Actor, Stage } from "../../domain/types";
import { appealTiming, decideAppeal, lodgeAppeal } from "./appeal";
import { requestReview } from "./review";
import { harness, succeeded } from "./testSupport";
import type { AppealOutcomeInput, LetterKind } from "./types";

// restricted(): told on 2 November 2026, so day 28 is 30 November and day 29 is 1 December.

describe("lodgeAppeal (5.2.7) on the 28-day boundary", () => {
  it.each<[string, string, "appeal" | "review", LetterKind]>([
    ["day 27", "2026-11-29", "appeal", "appealReceived"],
    ["day 28: in time", "2026-11-30", "appeal", "appealReceived"],
    ["day 29: late, taken as the review request", "2026-12-01", "review", "lateAppealToReview"],
  ])("%s", async (_label, lodgedOn, route, kind) => {
    const h = harness(restricted(), "2026-12-02");
    const timing = appealTiming(
      (await h.load()).record,
      lodgedOn,
      noonOn("2026-12-02"),
      PORTSMOUTH_POLICY,
    );
    expect(timing.appealBy).toBe("2026-11-30");
    expect(timing.route).toBe(route);
    const result = succeeded(
      await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
        lodgedOn,
        grounds: "Disproportionate.",
      }),
    );
    expect(result.appealRoute).toBe(route);
    expect(result.letter?.kind).toBe(kind);
    const entry = result.loaded.record.entry;
    if (route === "review") {
      expect(entry.review).toMatchObject({ status: "pending", by: "customer" });
      expect(result.letter?.body).toContain("The last day to appeal was 30 November 2026");
    } else {
      expect(entry.appeal).toMatchObject({ status: "lodged", lodgedOn });
    }
  });

  it("refuses a late appeal once the period's review request is used, giving both dates", async () => {
    const h = harness(restricted(), "2026-12-02");
    succeeded(
      await requestReview(h.deps, await h.load(), HELPDESK, {
        requestedOn: "2026-11-10",
        grounds: "Review.",
      }),
    );
    const saved = h.snapshot();
    expect(
      appealTiming((await h.load()).record, "2026-12-01", noonOn("2026-12-02"), PORTSMOUTH_POLICY)
        .route,
    ).toBe("refused");
    const result = await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
      lodgedOn: "2026-12-01",
      grounds: "Late.",
    });
    if (result.ok || result.kind !== "refused") throw new Error("expected a refusal");
    expect(result.message).toContain("30 November 2026");
    expect(result.message).toContain("review");
    expect(h.snapshot()).toBe(saved);
  });
});

describe("decideAppeal (5.2.7)", () => {
  it.each<[AppealOutcomeInput, Stage, LetterKind, string]>([
    [{ kind: "confirmed" }, "restricted", "appealConfirmed", "decided to confirm the restrictions"],
    [
      { kind: "removed" },
      "ended",
      "appealRemoved",
      "remove the restrictions from 10 December 2026",
    ],
    [
      { kind: "amended", terms: { allowedChannels: ["email", "letter"] } },
      "restricted",
      "appealAmended",
      "You may contact the council only by email or by letter.",
    ],
  ])("%j", async (outcome, stage, kind, phrase) => {
    const h = harness(restricted(), "2026-11-20");
    succeeded(
      await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
        lodgedOn: "2026-11-20",
        grounds: "Unfair.",
      }),
    );
    h.on("2026-12-10");
    const result = succeeded(
      await decideAppeal(h.deps, await h.load(), DIRECTOR, {
        outcome,
        reasons: "Considered the file.",
      }),
    );
    expect(result.loaded.record.entry.stage).toBe(stage);
    expect(result.letter?.kind).toBe(kind);
    expect(result.letter?.body).toContain(phrase);
    expect(result.letter?.body).toContain("Considered the file.");
    expect(result.letter?.body).toContain("Director of Corporate Services");
  });

  it.each<[string, Actor]>([
    ["the city helpdesk manager", HELPDESK],
    ["the assistant director", AD],
  ])("is refused to %s", async (_label, who) => {
    const h = harness(restricted(), "2026-11-20");
    succeeded(
      await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
        lodgedOn: "2026-11-20",
        grounds: "Unfair.",
      }),
    );
    const saved = h.snapshot();
    const result = await decideAppeal(h.deps, await h.load(), who, {
      outcome: { kind: "removed" },
      reasons: "Reasons.",
    });
    expect(result.ok === false && result.kind).toBe("refused");
    expect(result.ok === false && result.message).toMatch(/director of corporate services/);
    expect(h.snapshot()).toBe(saved);
  });

  it("the confirmed letter closes the council's process and points to the Ombudsman", async () => {
    const h = harness(restricted(), "2026-11-20");
    succeeded(
      await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
        lodgedOn: "2026-11-20",
        grounds: "Unfair.",
      }),
    );
    const result = succeeded(
      await decideAppeal(h.deps, await h.load(), DIRECTOR, {
        outcome: { kind: "confirmed" },
        reasons: "Proportionate.",
      }),
    );
    expect(result.letter?.body).toMatch(
      /end of the council's own process.*Local Government and Social Care Ombudsman/s,
    );
  });
});
