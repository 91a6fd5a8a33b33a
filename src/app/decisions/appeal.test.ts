import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { AD, DIRECTOR, HELPDESK, noonOn, restricted } from "../../domain/testScenario";
import type { Actor, Stage } from "../../domain/types";
import { appealTiming, decideAppeal, decideLateAppeal, lodgeAppeal, passAppeal } from "./appeal";
import { requestReview } from "./review";
import { type Harness, harness, succeeded } from "./testSupport";
import type { AppealOutcomeInput, LateAppealInput, LetterKind } from "./types";

// restricted(): told on 2 November 2026, so day 28 is 30 November and day 29 is 1 December.

const BY_LETTER = { channel: "letter" } as const;

async function lodged(h: Harness, lodgedOn = "2026-11-20") {
  return succeeded(
    await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
      lodgedOn,
      grounds: "Unfair.",
      receivedVia: BY_LETTER,
    }),
  );
}

async function passed(h: Harness) {
  await lodged(h);
  return succeeded(
    await passAppeal(h.deps, await h.load(), HELPDESK, {
      information: ["The decision of 30 October and its reasons", "The appeal letter"],
    }),
  );
}

describe("lodgeAppeal (5.2.7) on the 28-day boundary", () => {
  it.each<[string, string, "appeal" | "late", LetterKind | undefined]>([
    ["day 27", "2026-11-29", "appeal", "appealReceived"],
    ["day 28: in time", "2026-11-30", "appeal", "appealReceived"],
    ["day 29: late, waiting for a person to choose", "2026-12-01", "late", undefined],
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
    const result = await lodged(h, lodgedOn);
    expect(result.appealRoute).toBe(route);
    expect(result.letter?.kind).toBe(kind);
    expect(result.loaded.record.entry.appeal).toMatchObject({
      status: route === "late" ? "late" : "lodged",
      lodgedOn,
      receivedVia: BY_LETTER,
    });
    // Nothing is decided for the late appeal: no review request is used.
    expect(result.loaded.record.entry.review).toEqual({ status: "none" });
  });

  it("names the adjustment field when an appeal by telephone gives none", async () => {
    const h = harness(restricted(), "2026-11-20");
    const before = h.snapshot();
    const result = await lodgeAppeal(h.deps, await h.load(), HELPDESK, {
      lodgedOn: "2026-11-20",
      grounds: "Unfair.",
      receivedVia: { channel: "phone" },
    });
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(result.errors).toEqual({
      "receivedVia.adjustment":
        "The appeal arrived by telephone, not in writing: describe the reasonable adjustment that requires this (5.2.7).",
    });
    expect(h.snapshot()).toBe(before);
  });
});

describe("a late appeal (5.2.7)", () => {
  it.each<[string, Actor, LateAppealInput, LetterKind, string]>([
    [
      "the director considers it anyway",
      DIRECTOR,
      { choice: "consider", reasons: "In hospital until December." },
      "appealReceived",
      "It reached us after the 28 days allowed, but we have decided to consider it.",
    ],
    [
      "the helpdesk manager refers the customer to review",
      HELPDESK,
      { choice: "referToReview", reasons: "No reason given for the delay." },
      "lateAppealReferred",
      "we will not consider it as an appeal",
    ],
    [
      "the helpdesk manager takes it as the review request",
      HELPDESK,
      { choice: "referToReview", reasons: "The grounds are a request.", asReviewRequest: true },
      "lateAppealToReview",
      "we have treated your letter as a request for a review",
    ],
  ])("%s, with a letter", async (_label, by, input, kind, phrase) => {
    const h = harness(restricted(), "2026-12-02");
    await lodged(h, "2026-12-01");
    const result = succeeded(await decideLateAppeal(h.deps, await h.load(), by, input));
    expect(result.letter?.kind).toBe(kind);
    expect(result.letter?.body).toContain(phrase);
    expect(result.letter?.body).toContain(by.name);
  });

  it("refuses the choice without reasons, naming the field", async () => {
    const h = harness(restricted(), "2026-12-02");
    await lodged(h, "2026-12-01");
    const result = await decideLateAppeal(h.deps, await h.load(), DIRECTOR, {
      choice: "consider",
      reasons: " ",
    });
    expect(!result.ok && result.kind === "invalid" && result.errors).toEqual({
      reasons: "Give the reasons for the choice (5.2.7).",
    });
  });
});

describe("passing the appeal to the director (5.2.7)", () => {
  it("records what was passed", async () => {
    const h = harness(restricted(), "2026-11-20");
    const result = await passed(h);
    expect(result.loaded.record.entry.appeal).toMatchObject({
      status: "passed",
      passedBy: HELPDESK,
      information: ["The decision of 30 October and its reasons", "The appeal letter"],
    });
    expect(result.letter).toBeUndefined();
  });

  it("is refused before the appeal is passed, in the director's own words", async () => {
    const h = harness(restricted(), "2026-11-20");
    await lodged(h);
    const result = await decideAppeal(h.deps, await h.load(), DIRECTOR, {
      outcome: { kind: "confirmed" },
      reasons: "Proportionate.",
    });
    expect(!result.ok && result.message).toBe(
      "The city helpdesk manager gathers the information and passes the appeal to the director of corporate services; it has not been passed on yet (5.2.7).",
    );
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
    await passed(h);
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
    expect(result.letter?.body).toContain("Dana Moss\nDirector of Corporate Services");
  });

  it("signs amended extreme measures by the assistant director who agreed them", async () => {
    const h = harness(restricted(), "2026-11-20");
    await passed(h);
    const result = succeeded(
      await decideAppeal(h.deps, await h.load(), DIRECTOR, {
        outcome: {
          kind: "amended",
          terms: { extreme: { blockedChannels: ["phone"] } },
          extremeAgreedBy: { name: AD.name, email: AD.email, role: "assistantDirector" },
        },
        reasons: "Threats by telephone.",
      }),
    );
    expect(result.letter?.body).toContain("Alex Reed\nAssistant Director of Corporate Services");
    // The new terms bind once the assistant director tells the customer: the director may not.
    expect(result.noticeNeededFrom).toBeUndefined();
    expect(result.loaded.record.entry.period?.notice.kind).toBe("pending");
  });

  it.each<[string, Actor]>([
    ["the city helpdesk manager", HELPDESK],
    ["the assistant director", AD],
  ])("is refused to %s", async (_label, who) => {
    const h = harness(restricted(), "2026-11-20");
    await passed(h);
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
    await passed(h);
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

  it("a review request then counts against the period as usual", async () => {
    const h = harness(restricted(), "2026-11-20");
    const result = succeeded(
      await requestReview(h.deps, await h.load(), HELPDESK, {
        requestedOn: "2026-11-10",
        grounds: "Review.",
        receivedVia: { channel: "email" },
      }),
    );
    expect(result.loaded.record.entry.period?.customerReviewRequests).toEqual(["2026-11-10"]);
  });
});
