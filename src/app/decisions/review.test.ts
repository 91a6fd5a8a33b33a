import { describe, expect, it } from "vitest";
import {
  AD,
  DIRECTOR,
  HELPDESK,
  SOLICITOR,
  SERVICE_MANAGER,
  restricted,
} from "../../domain/testScenario";
import type { Actor, Stage } from "../../domain/types";
import { decideReview, requestReview, startReview } from "./review";
import { harness, succeeded } from "./testSupport";
import type { ConsultedInput, LetterKind, ReviewOutcomeInput } from "./types";

const asInput = (a: Actor): ConsultedInput => ({ name: a.name, email: a.email, role: a.role });

describe("review requests (5.2.4, 5.2.6)", () => {
  it("records the customer's request with an acknowledgement", async () => {
    const h = harness(restricted(), "2026-11-20");
    const result = succeeded(
      await requestReview(h.deps, await h.load(), HELPDESK, {
        requestedOn: "2026-11-18",
        grounds: "I have stopped emailing daily.",
        receivedVia: { channel: "letter" },
      }),
    );
    expect(result.loaded.record.entry.review).toMatchObject({ status: "pending", by: "customer" });
    expect(result.letter?.kind).toBe("reviewRequestReceived");
    expect(result.letter?.body).toContain("on 18 November 2026");
  });

  it("refuses a second request in the same period, with the date of the first", async () => {
    const h = harness(restricted(), "2026-11-20");
    succeeded(
      await requestReview(h.deps, await h.load(), HELPDESK, {
        requestedOn: "2026-11-18",
        grounds: "First.",
        receivedVia: { channel: "letter" },
      }),
    );
    succeeded(
      await decideReview(h.deps, await h.load(), HELPDESK, {
        outcome: { kind: "keep" },
        consulted: [asInput(AD)],
        reasons: "Contact continues at the same rate.",
      }),
    );
    h.on("2026-12-10");
    const saved = h.snapshot();
    const second = await requestReview(h.deps, await h.load(), HELPDESK, {
      requestedOn: "2026-12-09",
      grounds: "Second.",
      receivedVia: { channel: "letter" },
    });
    if (second.ok || second.kind !== "refused") throw new Error("expected a refusal");
    expect(second.refusal.code).toBe("reviewRequestUsed");
    expect(second.message).toContain("18 November 2026");
    expect(h.snapshot()).toBe(saved);
  });

  it("lets the council start a review at any time, even after the customer's request is used", async () => {
    const h = harness(restricted(), "2026-11-20");
    succeeded(
      await requestReview(h.deps, await h.load(), HELPDESK, {
        requestedOn: "2026-11-18",
        grounds: "First.",
        receivedVia: { channel: "letter" },
      }),
    );
    succeeded(
      await decideReview(h.deps, await h.load(), HELPDESK, {
        outcome: { kind: "keep" },
        consulted: [asInput(SOLICITOR)],
        reasons: "No change yet.",
      }),
    );
    const started = succeeded(
      await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Contact has stopped." }),
    );
    expect(started.loaded.record.entry.review).toMatchObject({ status: "pending", by: "council" });
    expect(started.letter).toBeUndefined();
  });
});

describe("decideReview (5.2.6)", () => {
  it.each<[ReviewOutcomeInput, Stage, LetterKind, (body: string) => void]>([
    [
      { kind: "remove" },
      "ended",
      "reviewRemoved",
      (body) => expect(body).toContain("remove the restrictions from 1 December 2026"),
    ],
    [
      { kind: "keep" },
      "restricted",
      "reviewKept",
      (body) =>
        expect(body).toContain(
          "keep the restrictions as they are, until the end of 31 January 2027",
        ),
    ],
    [
      { kind: "extend", newEnd: "2027-07-31" },
      "restricted",
      "reviewExtended",
      (body) => {
        expect(body).toContain("until the end of 31 July 2027");
        expect(body).toContain("reach us by 29 December 2026");
      },
    ],
    [
      { kind: "amend", terms: { allowedChannels: ["letter"] }, newEnd: "2027-03-31" },
      "restricted",
      "reviewAmended",
      (body) => {
        expect(body).toContain("You may contact the council only by letter.");
        expect(body).toContain("until the end of 31 March 2027");
      },
    ],
  ])("outcome %j", async (outcome, stage, kind, check) => {
    const h = harness(restricted(), "2026-12-01");
    succeeded(
      await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Behaviour changed." }),
    );
    const result = succeeded(
      await decideReview(h.deps, await h.load(), HELPDESK, {
        outcome,
        consulted: [asInput(AD)],
        reasons: "The behaviour has been reviewed.",
      }),
    );
    expect(result.loaded.record.entry.stage).toBe(stage);
    expect(result.letter?.kind).toBe(kind);
    expect(result.letter?.body).toContain("The behaviour has been reviewed.");
    check(result.letter?.body ?? "");
    const decided = h.store.events.find((e) => e.action === "reviewDecided");
    expect(decided?.actor).toEqual(HELPDESK);
    expect(decided?.detail["reasons"]).toBe("The behaviour has been reviewed.");
  });

  it("removal stops the flag and keeps the file until six years after the end (6)", async () => {
    const h = harness(restricted(), "2026-12-01");
    succeeded(await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Changed." }));
    const result = succeeded(
      await decideReview(h.deps, await h.load(), HELPDESK, {
        outcome: { kind: "remove" },
        consulted: [asInput(AD)],
        reasons: "No contact for a month.",
      }),
    );
    expect(result.loaded.record.entry).toMatchObject({
      stage: "ended",
      endedOn: "2026-12-01",
      retainUntil: "2032-12-01",
    });
  });

  it("needs the assistant director or City Solicitor among those consulted", async () => {
    const h = harness(restricted(), "2026-12-01");
    succeeded(await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Changed." }));
    const result = await decideReview(h.deps, await h.load(), HELPDESK, {
      outcome: { kind: "keep" },
      consulted: [asInput(SERVICE_MANAGER)],
      reasons: "Reasons.",
    });
    expect(result.ok === false && result.kind).toBe("refused");
  });

  it("is refused to the director, who decides appeals, not reviews", async () => {
    const h = harness(restricted(), "2026-12-01");
    succeeded(await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Changed." }));
    const result = await decideReview(h.deps, await h.load(), DIRECTOR, {
      outcome: { kind: "keep" },
      consulted: [asInput(AD)],
      reasons: "Reasons.",
    });
    expect(result.ok === false && result.kind).toBe("refused");
  });

  it("names a malformed new end date and saves nothing", async () => {
    const h = harness(restricted(), "2026-12-01");
    succeeded(await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Changed." }));
    const saved = h.snapshot();
    const result = await decideReview(h.deps, await h.load(), HELPDESK, {
      outcome: { kind: "extend", newEnd: "next summer" },
      consulted: [],
      reasons: "",
    });
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(Object.keys(result.errors).sort()).toEqual(["consulted", "outcome.newEnd", "reasons"]);
    expect(h.snapshot()).toBe(saved);
  });
});
