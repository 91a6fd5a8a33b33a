import { describe, expect, it } from "vitest";
import { monitored, noonOn, restricted } from "../../domain/testScenario";
import { COUNCIL_CONTACT_NOTE, logOtherContact } from "./otherContact";
import { barredFromPremises } from "./testCases";
import { createContactOutbox } from "./outbox";
import type { LogOtherInput } from "./types";
import { FRONTLINE_USER, REF, testDeps } from "./testSupport";

// Wednesday 11 November 2026; the restricted customer may contact by email or letter only.
const NOW = noonOn("2026-11-11");
const CALL: LogOtherInput = {
  ref: REF,
  channel: "phone",
  direction: "inbound",
  at: noonOn("2026-11-10"),
  summary: "Rang about the repair",
};

function setUp(record = restricted()) {
  const deps = testDeps(NOW, [record]);
  let value: string | null = null;
  const outbox = createContactOutbox(deps, {
    get: () => value,
    set: (v) => {
      value = v;
    },
  });
  return { deps, outbox, stored: () => value };
}

describe("logging a call, letter or visit with its verdict", () => {
  it("judges a telephone call against letter-and-email-only terms and stores that verdict", async () => {
    const { deps, outbox } = setUp();
    const outcome = await logOtherContact(deps, outbox, CALL, FRONTLINE_USER);
    expect(outcome).toMatchObject({
      kind: "logged",
      status: { kind: "saved" },
      verdict: {
        kind: "outsideTerms",
        title: "Restricted customer: this contact is outside the terms",
      },
    });
    expect(outcome.kind === "logged" && outcome.verdict?.reasons[0]).toMatch(/telephone/);
    expect(deps.store.contacts).toHaveLength(1);
    expect(deps.store.contacts[0]).toMatchObject({
      channel: "phone",
      direction: "inbound",
      subject: "Rang about the repair",
      verdict: "outsideTerms",
      reasons: ["channelNotAllowed"],
    });
  });

  it("finds a letter within the terms", async () => {
    const { deps, outbox } = setUp();
    const outcome = await logOtherContact(
      deps,
      outbox,
      { ...CALL, channel: "letter" },
      FRONTLINE_USER,
    );
    expect(outcome).toMatchObject({ kind: "logged", verdict: { kind: "withinTerms" } });
    expect(deps.store.contacts[0]?.verdict).toBe("withinTerms");
  });

  it("says a monitored customer is not restricted, and logs the visit", async () => {
    const { deps, outbox } = setUp(monitored());
    const outcome = await logOtherContact(
      deps,
      outbox,
      { ...CALL, channel: "inPerson" },
      FRONTLINE_USER,
    );
    expect(outcome).toMatchObject({ kind: "logged", verdict: { kind: "caseOpen" } });
    expect(deps.store.contacts).toHaveLength(1);
  });

  it("does not judge contact the council made, and says so", async () => {
    const { deps, outbox } = setUp();
    const outcome = await logOtherContact(
      deps,
      outbox,
      { ...CALL, direction: "outbound" },
      FRONTLINE_USER,
    );
    expect(outcome).toMatchObject({ kind: "logged", note: COUNCIL_CONTACT_NOTE });
    expect(outcome.kind === "logged" && outcome.verdict).toBeFalsy();
    expect(deps.store.calls.filter((c) => c.startsWith("getCase"))).toEqual([]);
    expect(deps.store.contacts[0]).toMatchObject({
      direction: "outbound",
      verdict: "notChecked",
    });
  });

  it("still logs the contact when the case cannot be read, saying it could not check", async () => {
    const { deps, outbox } = setUp();
    deps.store.fail("getCaseForEvaluation", "forbidden");
    const outcome = await logOtherContact(deps, outbox, CALL, FRONTLINE_USER);
    expect(outcome).toMatchObject({ kind: "logged", verdict: { kind: "couldNotCheck" } });
    expect(deps.store.contacts).toHaveLength(1);
    // The log must not claim a check that did not happen.
    expect(deps.store.contacts[0]).toMatchObject({ verdict: "notChecked", reasons: [] });
  });

  it("stores one contact after a double click", async () => {
    const { deps, outbox } = setUp();
    await Promise.all([
      logOtherContact(deps, outbox, CALL, FRONTLINE_USER),
      logOtherContact(deps, outbox, CALL, FRONTLINE_USER),
    ]);
    expect(deps.store.contacts).toHaveLength(1);
  });

  it("refuses a time in the future before reading or keeping anything", async () => {
    const { deps, outbox, stored } = setUp();
    const outcome = await logOtherContact(
      deps,
      outbox,
      { ...CALL, at: noonOn("2026-11-12") },
      FRONTLINE_USER,
    );
    expect(outcome).toMatchObject({
      kind: "invalid",
      fieldErrors: { at: "The date and time of the contact cannot be in the future." },
    });
    expect(deps.store.calls).toEqual([]);
    expect(stored()).toBeNull();
  });
});

describe("visits and the arrangement (issue 10)", () => {
  it("blocks a visit while access to premises is restricted, says what to do, and stores it", async () => {
    const { deps, outbox } = setUp(barredFromPremises());
    const outcome = await logOtherContact(
      deps,
      outbox,
      { ...CALL, channel: "inPerson", summary: "Came to reception" },
      FRONTLINE_USER,
    );
    expect(outcome).toMatchObject({
      kind: "logged",
      verdict: {
        kind: "blocked",
        title: "Restricted customer: this contact is blocked",
        reasons: [
          "A visit in person, but this customer's access to council premises is restricted (5.2.5): No visits to the Civic Offices.",
          "Received in person; contact is allowed by email or by letter only.",
        ],
      },
    });
    const advice = outcome.kind === "logged" ? (outcome.verdict?.advice ?? []) : [];
    expect(advice[0]).toMatch(/^Do not deal with the visit beyond what safety requires/);
    expect(advice).toContain(
      "Not checked by the add-in, so check this contact yourself against: Meetings only with two officers present.",
    );
    expect(deps.store.contacts[0]).toMatchObject({
      channel: "inPerson",
      verdict: "blocked",
      reasons: ["premisesRestricted", "channelNotAllowed"],
    });
  });

  it("judges a call during monitoring against the agreed arrangement and stores that verdict", async () => {
    const record = monitored();
    const withArrangement = {
      entry: {
        ...record.entry,
        arrangement: {
          terms: { allowedChannels: ["email" as const] },
          summary: "Contact by email only.",
          agreedOn: "2026-10-09" as never,
        },
      },
      file: record.file,
    };
    const { deps, outbox } = setUp(withArrangement);
    const outcome = await logOtherContact(deps, outbox, CALL, FRONTLINE_USER);
    expect(outcome).toMatchObject({
      kind: "logged",
      verdict: {
        kind: "outsideArrangement",
        title: "Not restricted, but this contact is outside the arrangement agreed at step one",
        reasons: ["Received by telephone; the agreed arrangement is contact by email only."],
      },
    });
    expect(deps.store.contacts[0]).toMatchObject({
      verdict: "outsideArrangement",
      reasons: ["channelNotAllowed"],
    });
  });
});
