import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { AD, HELPDESK, SOLICITOR, assessed, imposed } from "../../domain/testScenario";
import { DEPUTY, SPOC, address, REF } from "../../domain/testFixtures";
import type { Actor, CaseRecord, RestrictionTerms } from "../../domain/types";
import {
  imposeRestrictions,
  previewRestrictions,
  recordNotice,
  redraftNotice,
} from "./restrictions";
import { harness, succeeded } from "./testSupport";
import type { RestrictionsInput } from "./types";

const TERMS: RestrictionTerms = {
  allowedChannels: ["letter"],
  contactWindows: [{ days: [1, 2, 3, 4, 5], from: "10:00" as never, to: "12:00" as never }],
  volumes: [{ max: 1, per: "week", channels: ["letter"] }],
  spocOnly: true,
  significantQueriesOnly: true,
  newIssuesOnly: true,
};

const EXTREME: RestrictionTerms = {
  allowedChannels: ["letter"],
  extreme: {
    blockedChannels: ["phone", "email"],
    premisesRestriction: "You may visit the Civic Offices only by appointment.",
  },
};

function input(overrides: Partial<RestrictionsInput> = {}): RestrictionsInput {
  return {
    terms: TERMS,
    start: "2026-11-02",
    end: "2027-04-30",
    spoc: SPOC,
    deputy: DEPUTY,
    reasons: "Daily emails to six officers continued after the arrangement was agreed.",
    proportionalityNote: "Letters still reach the housing team; repairs can be reported.",
    ...overrides,
  };
}

function withPhoneNeed(record: CaseRecord): CaseRecord {
  return {
    ...record,
    file: {
      ...record.file,
      reasonableAdjustments: [
        {
          description: "Cannot read letters: needs telephone contact",
          requiresChannels: ["phone"],
        },
      ],
    },
  };
}

describe("imposeRestrictions (5.2.3, 5.2.4)", () => {
  it("imposes every kind of term, records the notice given today and drafts the notice", async () => {
    const h = harness(assessed(), "2026-10-30");
    const result = succeeded(
      await imposeRestrictions(h.deps, await h.load(), AD, {
        ...input(),
        notice: { kind: "notified", on: "2026-10-30" },
      }),
    );
    const { entry, file } = result.loaded.record;
    expect(entry.stage).toBe("restricted");
    expect(entry.appealBy).toBe("2026-11-27");
    expect(entry.reviewDue).toBe("2027-04-30");
    expect(file.proportionalityNote).toMatch(/repairs can be reported/);
    expect(h.store.events.map((e) => e.action)).toEqual([
      "restrictionsImposed",
      "customerNotified",
      "letterDrafted",
    ]);
    const letter = result.letter;
    expect(letter?.kind).toBe("restrictionNotice");
    expect(letter?.body).toContain("You may contact the council only by letter.");
    expect(letter?.body).toContain("Monday to Friday, 10:00 to 12:00 (UK time)");
    expect(letter?.body).toContain("limited to 1 letter a week");
    expect(letter?.body).toContain(`only through ${SPOC.name}`);
    expect(letter?.body).toContain("from 2 November 2026 until the end of 30 April 2027");
    expect(letter?.body).toContain("review them by 30 April 2027");
    expect(letter?.body).toContain("reach us by 27 November 2026");
    expect(letter?.body).toContain("Local Government and Social Care Ombudsman");
    expect(letter?.body).toContain("0300 061 0614");
  });

  it("leaves the notice pending when none is given; the letter counts 28 days from today", async () => {
    const h = harness(assessed(), "2026-10-30");
    const result = succeeded(await imposeRestrictions(h.deps, await h.load(), HELPDESK, input()));
    expect(result.loaded.record.entry.period?.notice.kind).toBe("pending");
    expect(result.loaded.record.entry.appealBy).toBeUndefined();
    expect(result.letter?.body).toContain("reach us by 27 November 2026");
  });

  it("warns, without blocking, when a term conflicts with a recorded reasonable adjustment", async () => {
    const h = harness(withPhoneNeed(assessed()), "2026-10-30");
    const preview = previewRestrictions(
      h.store.files.get(REF) ? await h.load().then((l) => l.record) : assessed(),
      input(),
      PORTSMOUTH_POLICY,
    );
    expect(preview.warnings.join(" ")).toMatch(/by letter only.*telephone/);
    const result = succeeded(await imposeRestrictions(h.deps, await h.load(), AD, input()));
    expect(result.warnings.join(" ")).toMatch(/needs contact by telephone/);
    expect(result.loaded.record.entry.stage).toBe("restricted");
  });

  it.each<[string, Actor, boolean]>([
    ["the city helpdesk manager is refused", HELPDESK, false],
    ["the assistant director may", AD, true],
    ["the City Solicitor may", SOLICITOR, true],
  ])("extreme measures (5.2.5): %s", async (_label, who, allowed) => {
    const h = harness(assessed(), "2026-10-30");
    const before = h.snapshot();
    const result = await imposeRestrictions(h.deps, await h.load(), who, input({ terms: EXTREME }));
    expect(result.ok).toBe(allowed);
    if (result.ok) {
      expect(result.letter?.kind).toBe("extremeNotice");
      expect(result.letter?.body).toContain(
        "Contact from you by telephone and email will be blocked.",
      );
      expect(result.letter?.body).toContain("Your access to council premises is restricted");
      expect(result.letter?.body).toMatch(/How to appeal/);
    } else {
      expect(result.message).toMatch(
        /Only the assistant director of corporate services or the City Solicitor \(or deputy\) can impose extreme measures \(5\.2\.5\)/,
      );
      expect(h.snapshot()).toBe(before);
    }
  });

  it("refuses a decision not to notify by the helpdesk manager, saving nothing at all", async () => {
    const h = harness(assessed(), "2026-10-30");
    const before = h.snapshot();
    const result = await imposeRestrictions(h.deps, await h.load(), HELPDESK, {
      ...input(),
      notice: { kind: "notNotified", reason: "Telling him would provoke threats to staff." },
    });
    expect(result.ok === false && result.kind).toBe("refused");
    expect(h.snapshot()).toBe(before);
  });

  it("records the assistant director's decision not to notify, with reasons and no letter", async () => {
    const h = harness(imposed(), "2026-11-03");
    const result = succeeded(
      await recordNotice(h.deps, await h.load(), AD, {
        kind: "notNotified",
        reason: "Telling him would provoke threats to staff.",
      }),
    );
    const notice = result.loaded.record.entry.period?.notice;
    expect(notice).toMatchObject({ kind: "notNotified", decidedBy: AD, decidedOn: "2026-11-03" });
    expect(result.loaded.record.entry.appealBy).toBe("2026-11-27");
    expect(result.letter).toBeUndefined();
    expect(h.store.events[0]?.detail["reason"]).toMatch(/provoke/);
  });

  it("names each malformed field and saves nothing", async () => {
    const h = harness(assessed(), "2026-10-30");
    const before = h.snapshot();
    const result = await imposeRestrictions(h.deps, await h.load(), AD, {
      ...input(),
      start: "30/10/2026",
      end: "",
      spoc: { name: "Priya Shah", email: "priya" },
      reasons: "",
      terms: { allowedChannels: ["pigeon" as never] },
    });
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(Object.keys(result.errors).sort()).toEqual([
      "end",
      "reasons",
      "spoc.email",
      "start",
      "terms",
    ]);
    expect(result.errors["start"]).toMatch(/3 March 2026/);
    expect(h.snapshot()).toBe(before);
  });

  it("addresses the notice to the representative when one is recorded", async () => {
    const record = assessed();
    const representative = { name: "Sam Advocate", email: address("sam@advocacy.example") };
    const h = harness({ ...record, entry: { ...record.entry, representative } }, "2026-10-30");
    const result = succeeded(await imposeRestrictions(h.deps, await h.load(), AD, input()));
    expect(result.letter?.to).toEqual([representative.email]);
    expect(result.letter?.addressee).toBe("representative");
    expect(result.letter?.body).toContain("Dear Sam Advocate,");
    expect(result.letter?.body).toContain("representative of Jo Bloggs");
  });

  it("redrafts the notice with the appeal date that follows the recorded notice", async () => {
    const h = harness(imposed(), "2026-11-05");
    h.store.events.push({
      ref: REF,
      at: new Date("2026-10-30T12:00:00Z"),
      actor: AD,
      action: "restrictionsImposed",
      summary: "Restrictions imposed.",
      detail: { reasons: "Daily emails continue." },
    });
    succeeded(
      await recordNotice(h.deps, await h.load(), HELPDESK, { kind: "notified", on: "2026-11-04" }),
    );
    const letter = await redraftNotice(h.deps, await h.load());
    expect(letter?.body).toContain(
      "reach us by 2 December 2026, which is 28 days after you were told",
    );
    expect(letter?.body).toContain("Daily emails continue.");
  });
});
