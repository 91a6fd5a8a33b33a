import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  assessReferral,
  decideAppeal,
  decideLateAppeal,
  decideReview,
  imposeRestrictions,
  lodgeAppeal,
  openImmediateCase,
  overdueReviews,
  passAppeal,
  prepareNotice,
  recordNotice,
  type DecisionResult,
  type DecisionSuccess,
} from "../../../src/app/decisions";
import { PORTSMOUTH_POLICY } from "../../../src/domain/config";
import { restrictionStatus } from "../../../src/domain/restrictionStatus";
import { assessed, imposed, noonOn, referred, restricted } from "../../../src/domain/testScenario";
import { CUSTOMER, REF, SPOC } from "../../../src/domain/testFixtures";
import type { CaseRef } from "../../../src/domain/types";
import { ADMIN, startStoreEmulator, type StoreFixture } from "../store/fixture";
import {
  AD,
  DIRECTOR,
  HELPDESK,
  SERVICE_MANAGER,
  SOLICITOR,
  asConsulted,
  depsFor,
  load,
  seedCase,
} from "./support";

const BY_LETTER = { channel: "letter" } as const;

/** 5.2.2: both the assistant director and the service manager, each with the date. */
const CONSULTED = [
  { ...asConsulted(AD), on: "2026-10-15" },
  { ...asConsulted(SERVICE_MANAGER), on: "2026-10-16" },
];

/** The register item's readable columns, as a SharePoint view reads them. */
async function registerColumns(f: StoreFixture, ref: CaseRef): Promise<Record<string, unknown>> {
  const page = (await f
    .clientFor(ADMIN)
    .api(
      `/sites/${f.emu.siteId}/lists/UCB%20Register/items?$expand=fields&$filter=fields/Title eq '${ref}'`,
    )
    .header("Prefer", "HonorNonIndexedQueriesWarningMayFailRandomly")
    .get()) as { value: { fields: Record<string, unknown> }[] };
  const fields = page.value[0]?.fields;
  if (!fields) throw new Error(`no register item for ${ref}`);
  return fields;
}

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
        consulted: CONSULTED,
        reasons: "Contact continued at the same rate after step one.",
      }),
    );

    const ad = depsFor(f, AD, "2026-11-02");
    const imposed = ok(
      await imposeRestrictions(ad, await load(ad.store, REF), AD, {
        ...RESTRICTIONS,
        notice: { kind: "notified", on: "2026-11-02", time: "12:00", method: "letter" },
      }),
    );
    expect(imposed.letter?.to).toEqual([CUSTOMER]);
    expect(imposed.letter?.body).toContain("Your appeal must reach us by 30 November 2026");

    const onDay28 = depsFor(f, HELPDESK, "2026-11-30");
    const lodged = ok(
      await lodgeAppeal(onDay28, await load(onDay28.store, REF), HELPDESK, {
        lodgedOn: "2026-11-30",
        grounds: "The restriction is disproportionate.",
        receivedVia: BY_LETTER,
      }),
    );
    expect(lodged.appealRoute).toBe("appeal");
    ok(
      await passAppeal(onDay28, await load(onDay28.store, REF), HELPDESK, {
        information: ["The decision and its reasons", "The appeal letter"],
      }),
    );
    expect(await registerColumns(f, REF)).toMatchObject({
      AppealStatus: "Passed to director",
      NoticeStatus: "Told",
      NoticeMethod: "Letter",
      NoticeGivenBy: "Morgan Blake (Assistant director of corporate services)",
      PeriodOrigin: "Imposed after assessment (5.2.4)",
    });

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
      "appealPassedToDirector",
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

  it("holds an appeal on day 29 for a person's choice; taken as the review request, removal ends the restrictions with six years' retention", async () => {
    await seedCase(f, restricted());
    const helpdesk = depsFor(f, HELPDESK, "2026-12-01");
    const late = ok(
      await lodgeAppeal(helpdesk, await load(helpdesk.store, REF), HELPDESK, {
        lodgedOn: "2026-12-01",
        grounds: "Too harsh.",
        receivedVia: { channel: "phone", adjustment: "Cannot write" },
      }),
    );
    expect(late.appealRoute).toBe("late");
    expect(late.letter).toBeUndefined();
    expect(await registerColumns(f, REF)).toMatchObject({
      AppealStatus: "Late appeal: choose to consider or refer to review",
      ReviewStatus: "None",
    });
    const referredOn = ok(
      await decideLateAppeal(helpdesk, await load(helpdesk.store, REF), HELPDESK, {
        choice: "referToReview",
        reasons: "Two months late, no reason given.",
        asReviewRequest: true,
      }),
    );
    expect(referredOn.letter?.kind).toBe("lateAppealToReview");
    expect((await load(helpdesk.store, REF)).record.entry.review).toEqual({
      status: "pending",
      requestedOn: "2026-12-01",
      by: "customer",
      grounds: "Too harsh.",
      receivedVia: { channel: "phone", adjustment: "Cannot write" },
    });
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
        consulted: CONSULTED,
        reasons: "Genuine repeated problems.",
      }),
    );
    const events = (await mine.store.listEvents(REF)).length;
    const result = await assessReferral(mine, stale, HELPDESK, {
      unreasonable: true,
      restrictionsNeeded: true,
      consulted: CONSULTED,
      reasons: "Unreasonable.",
    });
    expect(result.ok === false && result.kind).toBe("conflict");
    expect((await load(mine.store, REF)).record.entry.stage).toBe("closed");
    // The audit trail keeps the refused attempt beside the decision that stands (8).
    const after = await mine.store.listEvents(REF);
    expect(after).toHaveLength(events + 1);
    expect(after.map((e) => e.action)).toContain("staleAttemptRefused");
  });

  it("keeps a decided imposition from binding until the assistant director tells the customer", async () => {
    await seedCase(f, assessed());
    const helpdesk = depsFor(f, HELPDESK, "2026-10-30");
    const decided = ok(
      await imposeRestrictions(helpdesk, await load(helpdesk.store, REF), HELPDESK, RESTRICTIONS),
    );
    expect(decided.letter).toBeUndefined();
    expect(await registerColumns(f, REF)).toMatchObject({
      Stage: "Restricted",
      NoticeStatus: "Decided, not yet told",
      DecidedAt: "2026-10-30T12:00:00Z",
    });
    ok(
      await prepareNotice(helpdesk, await load(helpdesk.store, REF), HELPDESK, {
        giver: asConsulted(AD),
      }),
    );
    expect((await registerColumns(f, REF))["NoticeStatus"]).toBe("Notice prepared, not yet told");
    const onStart = (await load(helpdesk.store, REF)).record.entry;
    expect(restrictionStatus(onStart, noonOn("2026-11-03"), PORTSMOUTH_POLICY)).toMatchObject({
      kind: "notInForce",
      reason: "notYetTold",
    });

    const ad = depsFor(f, AD, "2026-11-03");
    ok(
      await recordNotice(ad, await load(ad.store, REF), AD, {
        kind: "notified",
        on: "2026-11-03",
        time: "10:30",
        method: "phone",
        confirmation: { kind: "inWriting", on: "2026-11-03" },
      }),
    );
    expect(await registerColumns(f, REF)).toMatchObject({
      NoticeStatus: "Told",
      NotifiedAt: "2026-11-03T10:30:00Z",
      NoticeMethod: "Telephone",
      AppealBy: "2026-12-01T00:00:00Z",
    });
    const told = (await load(ad.store, REF)).record.entry;
    expect(restrictionStatus(told, new Date("2026-11-03T10:29:00Z"), PORTSMOUTH_POLICY).kind).toBe(
      "notInForce",
    );
    expect(restrictionStatus(told, new Date("2026-11-03T10:30:00Z"), PORTSMOUTH_POLICY).kind).toBe(
      "inForce",
    );
  });

  it("opens a case under immediate action, on the register and the address list at once", async () => {
    const ids = { newId: () => "00000000-0000-4000-8000-00000000abcd" };
    const solicitor = { ...depsFor(f, SOLICITOR, "2026-11-05"), ids };
    const opened = ok(
      await openImmediateCase(solicitor, SOLICITOR, {
        customerName: "Rob Threat",
        customerEmail: "rob.threat@example.org",
        serviceArea: "Housing",
        behaviour: "Threatened to harm an officer at the counter.",
        actions: ["policeReport", "refuseToEngage"],
        reasons: "Immediate risk to staff.",
        reviewOn: "2026-12-05",
      }),
    );
    const ref = opened.loaded.record.entry.ref;
    expect(await registerColumns(f, ref)).toMatchObject({
      Stage: "Restricted",
      PeriodOrigin: "Immediate action (section 4)",
      NoticeStatus: "No notice needed (immediate action)",
      ReviewDue: "2026-12-05T00:00:00Z",
    });
    const found = await solicitor.store.lookupAddresses(["rob.threat@example.org" as never]);
    expect(found).toEqual([{ address: "rob.threat@example.org", ref, kind: "customer" }]);
    const entry = (await load(solicitor.store, ref)).record.entry;
    const now = restrictionStatus(entry, noonOn("2026-11-05"), PORTSMOUTH_POLICY);
    expect(now.kind === "inForce" && now.terms.extreme?.blockedChannels).toContain("letter");
    const file = (await load(solicitor.store, ref)).record.file;
    expect(file.immediateAction).toMatchObject({
      decidedBy: SOLICITOR,
      actions: ["policeReport", "refuseToEngage"],
    });
  });

  it("reads a register item saved by the previous release: a pending notice is not yet told", async () => {
    await seedCase(f, imposed());
    // What the previous release wrote: its own labels, no notice detail.
    const items = (await f
      .clientFor(ADMIN)
      .api(`/sites/${f.emu.siteId}/lists/UCB%20Register/items`)
      .get()) as { value: { id: string }[] };
    await f
      .clientFor(ADMIN)
      .api(`/sites/${f.emu.siteId}/lists/UCB%20Register/items/${items.value[0]?.id}/fields`)
      .patch({
        NoticeStatus: "Not yet told",
        NoticeDetail: null,
        PeriodOrigin: null,
        DecidedAt: null,
      });
    const entry = (await load(f.storeFor(HELPDESK.email), REF)).record.entry;
    expect(entry.period?.notice).toEqual({ kind: "pending" });
    expect(entry.period?.origin).toBeUndefined();
    expect(restrictionStatus(entry, noonOn("2026-11-10"), PORTSMOUTH_POLICY)).toMatchObject({
      reason: "notYetTold",
    });
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
