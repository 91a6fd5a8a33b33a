import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../src/domain/config";
import { evaluateContact } from "../../src/domain/contactEvaluation";
import { retainUntil } from "../../src/domain/deadlines";
import { restrictionStatus } from "../../src/domain/restrictionStatus";
import { STAGES, VOLUME_PERIODS } from "../../src/domain/types";
import { readCaseFile } from "../../src/graph/mappers/case-files";
import { caseFileFields } from "../../src/graph/mappers/case-file-fields";
import { withoutNulls, type Fields } from "../../src/graph/fields";
import { readRegisterEntry } from "../../src/graph/mappers/register";
import { registerFields } from "../../src/graph/mappers/register-fields";
import { londonDate, weekStart } from "./calendar";
import { demoCases, demoSenders } from "./cases";

const NOW = new Date("2026-11-26T14:00:00Z"); // a Thursday
const stored = (fields: Fields) => ({
  id: "1",
  etag: '"e,1"',
  fields: withoutNulls(fields),
});

describe("demo cases", () => {
  const cases = demoCases(NOW);
  const entries = cases.map((c) => c.newCase.entry);

  it("cover every stage of the policy", () => {
    expect(new Set(entries.map((e) => e.stage))).toEqual(new Set(STAGES));
  });

  it("cover every kind of term", () => {
    const terms = entries.flatMap((e) => (e.terms ? [e.terms] : []));
    expect(terms.some((t) => t.allowedChannels?.length)).toBe(true);
    expect(terms.some((t) => t.contactWindows?.length)).toBe(true);
    for (const per of VOLUME_PERIODS)
      expect(
        terms.some((t) => t.volumes?.some((v) => v.per === per)),
        per,
      ).toBe(true);
    expect(entries.some((e) => e.terms?.spocOnly && e.spoc && e.deputy)).toBe(true);
    expect(terms.some((t) => t.significantQueriesOnly)).toBe(true);
    expect(terms.some((t) => t.newIssuesOnly)).toBe(true);
    expect(
      terms.some((t) => t.extreme?.blockedChannels.length && t.extreme.premisesRestriction),
    ).toBe(true);
  });

  it("show each state of the timeline of sections 4 and 5 as the pane judges it", () => {
    const status = (ref: string) => {
      const entry = entries.find((e) => e.ref === ref);
      if (!entry) throw new Error(`no demo case ${ref}`);
      return restrictionStatus(entry, NOW, PORTSMOUTH_POLICY);
    };
    // Decided, not yet told: judged as before, never "not restricted" in silence.
    expect(status("UCB-2026-R4N8TQ")).toMatchObject({ kind: "notInForce", reason: "notYetTold" });
    // Changed on review, not yet told: the terms the customer was told of still apply.
    expect(status("UCB-2026-E2V6MW")).toMatchObject({
      kind: "inForce",
      terms: { allowedChannels: ["email", "letter"] },
    });
    // Immediate action: every channel blocked, letters too.
    const immediate = status("UCB-2026-X7H4KB");
    expect(immediate.kind === "inForce" && immediate.terms.extreme?.blockedChannels).toContain(
      "letter",
    );
    const appeals = entries.map((e) => e.appeal.status);
    expect(appeals).toContain("passed");
    expect(appeals).toContain("late");
    expect(
      entries.some((e) => e.period?.notice.kind === "pending" && e.period.notice.prepared),
    ).toBe(true);
  });

  it("cover what issue 10 judges: an arrangement as terms, conditions in words, a barred visit, a Unicode sender", () => {
    const monitored = entries.filter((e) => e.stage === "monitoring" && e.arrangement);
    expect(monitored.length).toBeGreaterThan(0);
    expect(entries.some((e) => e.terms?.otherConditions?.length)).toBe(true);
    const visits = cases.flatMap((c) => c.contacts).filter((k) => k.channel === "inPerson");
    expect(visits.some((k) => k.reasons.includes("premisesRestricted"))).toBe(true);
    const senders = demoSenders(cases).map((s) => s.address as string);
    expect(senders.some((a) => /[^\u0020-\u007e]/.test(a) && a.includes("@xn--"))).toBe(true);
  });

  it("store the verdict the add-in gives each contact it judges against an arrangement or a visit", () => {
    for (const c of cases) {
      const judged = c.contacts.filter(
        (k) =>
          k.channel === "inPerson" ||
          k.verdict === "withinArrangement" ||
          k.verdict === "outsideArrangement",
      );
      for (const k of judged) {
        const earlier = c.contacts
          .filter((e) => e.at < k.at)
          .map((e, i) => ({ ...e, id: String(i) }));
        const verdict = evaluateContact({
          entry: c.newCase.entry,
          contacts: earlier,
          contact: {
            channel: k.channel,
            at: k.at,
            ...(k.from ? { from: k.from } : {}),
            to: k.to,
            cc: [],
          },
          config: PORTSMOUTH_POLICY,
        });
        expect([verdict.kind, verdict.reasons.map((r) => r.code)], k.subject).toEqual([
          k.verdict,
          k.reasons,
        ]);
      }
    }
  });

  it("include a case in retention and one past it", () => {
    const today = londonDate(NOW);
    const ended = entries.filter((e) => e.stage === "ended");
    expect(ended.some((e) => e.retainUntil && e.retainUntil > today)).toBe(true);
    expect(ended.some((e) => e.retainUntil && e.retainUntil < today)).toBe(true);
  });

  it("set RetainUntil only where the app does: six years after restrictions end or a case closes", () => {
    for (const e of entries) {
      const from = e.stage === "ended" ? e.endedOn : e.stage === "closed" ? e.closedOn : undefined;
      expect(e.retainUntil, `${e.ref} (${e.stage})`).toBe(
        from ? retainUntil(from, PORTSMOUTH_POLICY) : undefined,
      );
    }
  });

  it("record the expiry of restrictions as the app does, on a day the app allows it", () => {
    const expiries = cases.flatMap((c) =>
      c.events.filter((e) => e.action === "restrictionsExpired").map((e) => ({ e, c })),
    );
    expect(expiries.length).toBeGreaterThan(0);
    for (const { e, c } of expiries) {
      const endedOn = c.newCase.entry.endedOn ?? "";
      expect(londonDate(e.at) > endedOn, `${e.ref} expiry recorded after ${endedOn}`).toBe(true);
    }
  });

  it("include an o'brien-style address, a representative and non-ASCII names", () => {
    const senders = demoSenders(cases);
    expect(senders.some((s) => s.address.includes("'"))).toBe(true);
    expect(senders.some((s) => s.kind === "representative")).toBe(true);
    expect(entries.some((e) => /[^\u0020-\u007e]/.test(e.customerName))).toBe(true);
  });

  it("use up a weekly allowance with contacts earlier this week", () => {
    const weekly = cases.find((c) =>
      c.newCase.entry.terms?.volumes?.some((v) => v.per === "week" && v.max === 2),
    );
    const monday = weekStart(NOW);
    const thisWeek = weekly?.contacts.filter((c) => londonDate(c.at) >= monday) ?? [];
    expect(thisWeek).toHaveLength(2);
  });

  it.each([
    "2026-11-23T00:10:00Z",
    "2026-11-29T23:50:00Z",
    "2026-03-29T00:30:00Z",
    "2026-10-25T01:30:00Z",
  ])("put every contact in the past and keep keys unique when now is %s", (iso) => {
    const now = new Date(iso);
    const contacts = demoCases(now).flatMap((c) => c.contacts);
    for (const c of contacts) expect(c.at.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(new Set(contacts.map((c) => c.clientId)).size).toBe(contacts.length);
  });

  it("pass the store's own validation on the way in and out", () => {
    for (const c of cases) {
      const { entry, file } = c.newCase;
      expect(readRegisterEntry(stored(registerFields(entry))).value).toEqual(entry);
      expect(readCaseFile(stored(caseFileFields(file))).value).toEqual(
        Object.fromEntries(Object.entries(file).filter(([, v]) => v !== undefined)),
      );
    }
  });
});
