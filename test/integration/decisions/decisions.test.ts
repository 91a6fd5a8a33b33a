import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  assessReferral,
  decideAppeal,
  decideReview,
  imposeRestrictions,
  lodgeAppeal,
  overdueReviews,
  type DecisionResult,
  type DecisionSuccess,
} from "../../../src/app/decisions";
import { PORTSMOUTH_POLICY } from "../../../src/domain/config";
import { assessed, noonOn, referred, restricted } from "../../../src/domain/testScenario";
import { CUSTOMER, REF, SPOC } from "../../../src/domain/testFixtures";
import { startStoreEmulator, type StoreFixture } from "../store/fixture";
import { AD, DIRECTOR, HELPDESK, SOLICITOR, asConsulted, depsFor, load, seedCase } from "./support";

function ok(result: DecisionResult): DecisionSuccess {
  if (!result.ok) throw new Error(`Expected success: ${result.message}`);
  return result;
}

const RESTRICTIONS = {
  terms: { allowedChannels: ["letter" as const], spocOnly: true },
  start: "2026-11-02",
  end: "2027-04-30",
  spoc: SPOC,
  reasons: "Daily emails to six officers continued after step one.",
  proportionalityNote: "Repairs can still be reported by letter.",
};

describe("decisions against the emulator (HTTPS, real store)", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
  });
  beforeEach(() => f.emu.reset());
  afterAll(() => f.stop());

  it("walks assessment, restrictions with notice, an appeal on day 28 and the director's decision", async () => {
    await seedCase(f, referred());
    const helpdesk = depsFor(f, HELPDESK, "2026-10-20");
    ok(
      await assessReferral(helpdesk, await load(helpdesk.store, REF), HELPDESK, {
        unreasonable: true,
        restrictionsNeeded: true,
        consulted: [asConsulted(AD)],
        reasons: "Contact continued at the same rate after step one.",
      }),
    );

    const ad = depsFor(f, AD, "2026-11-02");
    const imposed = ok(
      await imposeRestrictions(ad, await load(ad.store, REF), AD, {
        ...RESTRICTIONS,
        notice: { kind: "notified", on: "2026-11-02" },
      }),
    );
    expect(imposed.letter?.to).toEqual([CUSTOMER]);
    expect(imposed.letter?.body).toContain("Your appeal must reach us by 30 November 2026");

    const onDay28 = depsFor(f, HELPDESK, "2026-11-30");
    const lodged = ok(
      await lodgeAppeal(onDay28, await load(onDay28.store, REF), HELPDESK, {
        lodgedOn: "2026-11-30",
        grounds: "The restriction is disproportionate.",
      }),
    );
    expect(lodged.appealRoute).toBe("appeal");

    const director = depsFor(f, DIRECTOR, "2026-12-07");
    const decided = ok(
      await decideAppeal(director, await load(director.store, REF), DIRECTOR, {
        outcome: { kind: "confirmed" },
        reasons: "The restrictions are proportionate to the contact logged.",
      }),
    );
    expect(decided.letter?.kind).toBe("appealConfirmed");

    const stored = await load(f.storeFor(HELPDESK.email), REF);
    expect(stored.record.entry).toMatchObject({
      stage: "restricted",
      appealBy: "2026-11-30",
      appeal: { status: "decided", outcome: "confirmed" },
    });
    expect(stored.record.file.proportionalityNote).toBe("Repairs can still be reported by letter.");
    const events = await f.storeFor(HELPDESK.email).listEvents(REF);
    // caseOpened carries the real time of seeding, so only the decisions are compared in order.
    expect(events.map((e) => e.action).filter((a) => a !== "caseOpened")).toEqual([
      "assessed",
      "restrictionsImposed",
      "customerNotified",
      "letterDrafted",
      "appealLodged",
      "letterDrafted",
      "appealDecided",
      "letterDrafted",
    ]);
    const appealDecided = events.find((e) => e.action === "appealDecided");
    expect(appealDecided?.actor).toEqual(DIRECTOR);
    expect(appealDecided?.detail["reasons"]).toMatch(/proportionate/);
  });

  it("refuses extreme measures to the helpdesk manager and accepts them from the City Solicitor", async () => {
    await seedCase(f, assessed());
    const extreme = {
      ...RESTRICTIONS,
      terms: {
        allowedChannels: ["letter" as const],
        extreme: { blockedChannels: ["phone" as const] },
      },
    };
    const helpdesk = depsFor(f, HELPDESK, "2026-10-30");
    const refused = await imposeRestrictions(
      helpdesk,
      await load(helpdesk.store, REF),
      HELPDESK,
      extreme,
    );
    expect(refused.ok === false && refused.message).toMatch(/5\.2\.5/);
    expect((await load(helpdesk.store, REF)).record.entry.stage).toBe("assessed");

    const solicitor = depsFor(f, SOLICITOR, "2026-10-30");
    const imposed = ok(
      await imposeRestrictions(solicitor, await load(solicitor.store, REF), SOLICITOR, extreme),
    );
    expect(imposed.letter?.kind).toBe("extremeNotice");
    expect(imposed.letter?.body).toContain("Chris Okafor\nCity Solicitor");
  });

  it("routes an appeal on day 29 to review, and removal ends the restrictions with six years' retention", async () => {
    await seedCase(f, restricted());
    const helpdesk = depsFor(f, HELPDESK, "2026-12-01");
    const late = ok(
      await lodgeAppeal(helpdesk, await load(helpdesk.store, REF), HELPDESK, {
        lodgedOn: "2026-12-01",
        grounds: "Too harsh.",
      }),
    );
    expect(late.appealRoute).toBe("review");
    expect(late.letter?.kind).toBe("lateAppealToReview");
    const removed = ok(
      await decideReview(helpdesk, await load(helpdesk.store, REF), HELPDESK, {
        outcome: { kind: "remove" },
        consulted: [asConsulted(AD)],
        reasons: "No unreasonable contact since the notice.",
      }),
    );
    expect(removed.letter?.kind).toBe("reviewRemoved");
    const entry = (await load(helpdesk.store, REF)).record.entry;
    expect(entry).toMatchObject({
      stage: "ended",
      endedOn: "2026-12-01",
      retainUntil: "2032-12-01",
    });
  });

  it("surfaces a case changed by someone else as a conflict and saves nothing", async () => {
    await seedCase(f, referred());
    const mine = depsFor(f, HELPDESK, "2026-10-20");
    const stale = await load(mine.store, REF);
    const theirs = depsFor(f, HELPDESK, "2026-10-20");
    ok(
      await assessReferral(theirs, await load(theirs.store, REF), HELPDESK, {
        unreasonable: false,
        restrictionsNeeded: false,
        consulted: [asConsulted(AD)],
        reasons: "Genuine repeated problems.",
      }),
    );
    const events = (await mine.store.listEvents(REF)).length;
    const result = await assessReferral(mine, stale, HELPDESK, {
      unreasonable: true,
      restrictionsNeeded: true,
      consulted: [asConsulted(AD)],
      reasons: "Unreasonable.",
    });
    expect(result.ok === false && result.kind).toBe("conflict");
    expect((await load(mine.store, REF)).record.entry.stage).toBe("closed");
    expect(await mine.store.listEvents(REF)).toHaveLength(events);
  });

  it("lists overdue reviews for the helpdesk manager through the indexed query", async () => {
    await seedCase(f, restricted()); // review due 31 January 2027
    const store = f.storeFor(HELPDESK.email);
    expect(await overdueReviews(store, noonOn("2027-01-30"), PORTSMOUTH_POLICY)).toEqual([]);
    const due = await overdueReviews(store, noonOn("2027-01-31"), PORTSMOUTH_POLICY);
    expect(due.map((d) => [d.ref, d.overdue])).toEqual([[REF, false]]);
    const overdue = await overdueReviews(store, noonOn("2027-02-03"), PORTSMOUTH_POLICY);
    expect(overdue.map((d) => [d.ref, d.overdue, d.daysOverdue])).toEqual([[REF, true, 3]]);
  });
});
