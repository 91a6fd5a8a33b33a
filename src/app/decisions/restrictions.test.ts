import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { AD, HELPDESK, SOLICITOR, assessed, imposed } from "../../domain/testScenario";
import { DEPUTY, SPOC, address, REF } from "../../domain/testFixtures";
import type { Actor, CaseRecord, RestrictionTerms } from "../../domain/types";
import {
  imposeRestrictions,
  prepareNotice,
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
        notice: { kind: "notified", on: "2026-10-30", time: "12:00", method: "email" },
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
    // Signed by the one who gave the notice (5.2.4).
    expect(letter?.body).toContain("Alex Reed\nAssistant Director of Corporate Services");
  });

  it("leaves the notice pending when none is given; the letter counts 28 days from today", async () => {
    const h = harness(assessed(), "2026-10-30");
    const result = succeeded(await imposeRestrictions(h.deps, await h.load(), AD, input()));
    expect(result.loaded.record.entry.period?.notice.kind).toBe("pending");
    expect(result.loaded.record.entry.appealBy).toBeUndefined();
    expect(result.letter?.body).toContain("reach us by 27 November 2026");
    expect(result.noticeNeededFrom).toBeUndefined();
  });

  it("drafts no notice when the helpdesk manager decides: the assistant director gives it", async () => {
    const h = harness(assessed(), "2026-10-30");
    const result = succeeded(await imposeRestrictions(h.deps, await h.load(), HELPDESK, input()));
    expect(result.letter).toBeUndefined();
    expect(result.noticeNeededFrom).toBe("the assistant director of corporate services");
    expect(h.store.events.map((e) => e.action)).toEqual(["restrictionsImposed"]);
  });

  it("refuses not telling the customer of a first imposition, even by the assistant director", async () => {
    const h = harness(assessed(), "2026-10-30");
    const before = h.snapshot();
    const result = await imposeRestrictions(h.deps, await h.load(), AD, {
      ...input(),
      notice: { kind: "notNotified", reason: "Telling him would provoke threats to staff." },
    });
    expect(!result.ok && result.message).toBe(
      "Not telling the customer is allowed only for changes made on review (5.2.6): restrictions bind only once the customer has been told of them (5.2.4).",
    );
    expect(h.snapshot()).toBe(before);
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

  it("records the notice the assistant director gave by telephone, confirmed in writing", async () => {
    const h = harness(imposed(), "2026-11-03");
    const result = succeeded(
      await recordNotice(h.deps, await h.load(), AD, {
        kind: "notified",
        on: "2026-11-02",
        time: "16:45",
        method: "phone",
        confirmation: { kind: "inWriting", on: "2026-11-03" },
      }),
    );
    expect(result.loaded.record.entry.period?.notice).toEqual({
      kind: "notified",
      on: "2026-11-02",
      at: new Date("2026-11-02T16:45:00Z"),
      method: "phone",
      confirmation: { kind: "inWriting", on: "2026-11-03" },
      givenBy: AD,
    });
    expect(result.loaded.record.entry.appealBy).toBe("2026-11-30");
    expect(result.events[0]?.summary).toBe(
      "Alex Reed, assistant director of corporate services, told the customer of the restrictions by telephone at 16:45 on Monday 2 November 2026; they bind from then (5.2.4).",
    );
  });

  it("names the date and time fields when they cannot be read, saving nothing", async () => {
    const h = harness(imposed(), "2026-11-03");
    const before = h.snapshot();
    const result = await recordNotice(h.deps, await h.load(), AD, {
      kind: "notified",
      on: "2/11/2026",
      time: "quarter to five",
      method: "letter",
    });
    if (result.ok || result.kind !== "invalid") throw new Error("expected invalid");
    expect(Object.keys(result.errors).sort()).toEqual(["notice.on", "notice.time"]);
    expect(h.snapshot()).toBe(before);
  });

  it("refuses the helpdesk manager's record of a notice of imposition: the assistant director gives it", async () => {
    const h = harness(imposed(), "2026-11-03");
    const result = await recordNotice(h.deps, await h.load(), HELPDESK, {
      kind: "notified",
      on: "2026-11-02",
      time: "10:00",
      method: "letter",
    });
    expect(!result.ok && result.message).toBe(
      "Only the assistant director of corporate services can tell the customer of these restrictions and record it (5.2.4); the city helpdesk manager may prepare the notice for them.",
    );
  });

  it("lets the helpdesk manager prepare the notice, signed by the assistant director who gives it", async () => {
    const h = harness(imposed(), "2026-10-31");
    h.store.events.push({
      ref: REF,
      at: new Date("2026-10-30T12:00:00Z"),
      actor: HELPDESK,
      action: "restrictionsImposed",
      summary: "Restrictions imposed.",
      detail: { reasons: "Daily emails continue." },
    });
    const result = succeeded(
      await prepareNotice(h.deps, await h.load(), HELPDESK, {
        giver: { name: AD.name, email: AD.email, role: "assistantDirector" },
      }),
    );
    expect(result.loaded.record.entry.period?.notice).toMatchObject({
      kind: "pending",
      prepared: { by: HELPDESK, giver: AD },
    });
    expect(result.letter?.kind).toBe("restrictionNotice");
    expect(result.letter?.body).toContain("Daily emails continue.");
    expect(result.letter?.body).toContain("Alex Reed\nAssistant Director of Corporate Services");
    expect(result.letter?.body).not.toContain("Helen Dunn");
    // The assistant director then records that they gave it; the record keeps who prepared it.
    h.on("2026-11-02");
    const told = succeeded(
      await recordNotice(h.deps, await h.load(), AD, {
        kind: "notified",
        on: "2026-11-02",
        time: "09:00",
        method: "letter",
      }),
    );
    expect(told.loaded.record.entry.period?.notice).toMatchObject({
      givenBy: AD,
      prepared: { by: HELPDESK, giver: AD },
    });
  });

  it("refuses to prepare the notice for someone who may not give it", async () => {
    const h = harness(imposed(), "2026-10-31");
    const result = await prepareNotice(h.deps, await h.load(), HELPDESK, {
      giver: { name: SOLICITOR.name, email: SOLICITOR.email, role: "citySolicitor" },
    });
    expect(!result.ok && result.message).toBe(
      "The notice of these restrictions is given by the assistant director of corporate services: prepare it for one of them (5.2.4).",
    );
  });

  it("refuses a decision from a stale screen and keeps the attempt in the audit trail (8)", async () => {
    const h = harness(imposed(), "2026-11-03");
    const stale = await h.load();
    succeeded(
      await recordNotice(h.deps, await h.load(), AD, {
        kind: "notified",
        on: "2026-11-02",
        time: "10:00",
        method: "letter",
      }),
    );
    const registerAfterFirst = JSON.stringify(h.store.register.get(REF)?.value);
    const again = await recordNotice(
      h.deps,
      stale,
      { ...AD, name: "Pat Other" },
      {
        kind: "notified",
        on: "2026-11-03",
        time: "09:00",
        method: "email",
      },
    );
    expect(again).toEqual({
      ok: false,
      kind: "conflict",
      message:
        "This case was changed by someone else while you were working on it: reload it and make the decision again.",
    });
    expect(JSON.stringify(h.store.register.get(REF)?.value)).toBe(registerAfterFirst);
    expect(h.store.events.map((e) => e.action)).toEqual([
      "customerNotified",
      "staleAttemptRefused",
    ]);
    expect(h.store.events[1]?.summary).toBe(
      "Pat Other, assistant director of corporate services, tried to record how the customer was told of the decision from a screen loaded before someone else changed the case; it was refused and nothing was saved.",
    );
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
      await recordNotice(h.deps, await h.load(), AD, {
        kind: "notified",
        on: "2026-11-04",
        time: "15:00",
        method: "inPerson",
        confirmation: { kind: "inWriting", on: "2026-11-05" },
      }),
    );
    const letter = await redraftNotice(h.deps, await h.load(), HELPDESK);
    expect(letter?.body).toContain(
      "reach us by 2 December 2026, which is 28 days after you were told",
    );
    expect(letter?.body).toContain("Daily emails continue.");
    expect(letter?.body).toContain("Alex Reed\nAssistant Director of Corporate Services");
  });

  it("drafts no notice for the helpdesk manager before it is prepared: no one who may sign it", async () => {
    const record = assessed();
    const h = harness(record, "2026-10-30");
    succeeded(await imposeRestrictions(h.deps, await h.load(), HELPDESK, input()));
    expect(await redraftNotice(h.deps, await h.load(), HELPDESK)).toBeUndefined();
    const forAd = await redraftNotice(h.deps, await h.load(), AD);
    expect(forAd?.body).toContain("Alex Reed\nAssistant Director of Corporate Services");
  });
});
