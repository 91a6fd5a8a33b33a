import { describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { CUSTOMER, date, REF } from "../../domain/testFixtures";
import {
  AD,
  applied,
  assessed,
  confirmed,
  DIRECTOR,
  HELPDESK,
  monitored,
  noonOn,
  opened,
  referred,
  restricted,
  SERVICE_MANAGER,
} from "../../domain/testScenario";
import type { CaseRecord, CaseRef, LoggedContact, Role } from "../../domain/types";
import { formatLongDate } from "../../domain/wording";
import type { SignedInUser } from "../ports";
import { loadMyWork, type WorkQueue } from "./myWork";
import { QUEUES, queuesFor } from "./queues";
import { hasWork, ROLES_WITH_WORK } from "./roles";

function userAs(role: Role, who = SERVICE_MANAGER): SignedInUser {
  return { name: who.name, email: who.email, roles: [role] };
}

function work(records: readonly CaseRecord[], day: string, contacts: LoggedContact[] = []) {
  const store = new MemoryCaseStore();
  for (const r of records) {
    store.seed(r.entry, r.file, [{ address: CUSTOMER, ref: r.entry.ref, kind: "customer" }]);
  }
  store.contacts.push(...contacts);
  const deps = { store, clock: { now: () => noonOn(day) }, config: PORTSMOUTH_POLICY };
  return { store, load: (user: SignedInUser) => loadMyWork(deps, user) };
}

function withRef(record: CaseRecord, ref: string): CaseRecord {
  const r = ref as CaseRef;
  return { entry: { ...record.entry, ref: r }, file: { ...record.file, ref: r } };
}

function loaded(queues: readonly WorkQueue[], title: string) {
  const queue = queues.find((q) => q.title === title);
  if (queue?.state !== "loaded") throw new Error(`${title} did not load`);
  return queue;
}

describe("who has which queues", () => {
  it("gives every role in the table, and only those, a place to start (roles.ts)", () => {
    const inTable = [...new Set(QUEUES.flatMap((q) => q.roles))].sort();
    expect([...ROLES_WITH_WORK].sort()).toEqual(inTable);
    expect(hasWork({ roles: ["frontline"] })).toBe(false);
    expect(hasWork({ roles: ["frontline", "director"] })).toBe(true);
  });

  it.each([
    [
      "serviceManager",
      [
        "Concerns to confirm in writing",
        "Answers awaited",
        "Contact outside the agreed arrangement",
      ],
    ],
    [
      "cityHelpdeskManager",
      [
        "Referrals to assess",
        "Restrictions to decide",
        "Notices to prepare",
        "Reviews due",
        "Reviews to decide",
        "Appeals to gather and pass to the director",
        "Past their retention date",
        "Late appeals to choose on",
        // Issue 19: edits made in SharePoint outside the add-in.
        "Changed outside the add-in",
      ],
    ],
    [
      "assistantDirector",
      [
        "Restrictions to decide",
        "Notices to give",
        "Immediate actions in force",
        "Decisions not to tell the customer",
      ],
    ],
    [
      "citySolicitor",
      [
        "Restrictions to decide",
        "Notices to give",
        "Immediate actions in force",
        "Decisions not to tell the customer",
      ],
    ],
    ["director", ["Appeals to decide", "Late appeals to choose on"]],
    ["frontline", []],
  ] as const)("gives the %s the queues of the issue", (role, titles) => {
    expect(queuesFor([role]).map((q) => q.title)).toEqual(titles);
  });
});

describe("the service manager's step-one cases", () => {
  it("lists a concern not yet confirmed, overdue the day after its working target", async () => {
    // Raised on 1 October 2026; the target is 5 days: due 6 October, overdue on 7 October.
    const { load } = work([opened()], "2026-10-06");
    const onTime = loaded(
      (await load(userAs("serviceManager"))).queues,
      "Concerns to confirm in writing",
    );
    expect(onTime.items.map((i) => [i.ref, i.overdue, i.dueText])).toEqual([
      [REF, false, "Due by Tuesday 6 October 2026."],
    ]);
    const late = loaded(
      (await work([opened()], "2026-10-07").load(userAs("serviceManager"))).queues,
      "Concerns to confirm in writing",
    );
    expect(late.overdue).toBe(1);
    expect(late.items[0]?.dueText).toBe(
      "Overdue: it was due by Tuesday 6 October 2026 (1 day ago).",
    );
  });

  it("moves the case to 'answers awaited' once confirmed, and leaves out another manager's", async () => {
    const { load } = work([confirmed()], "2026-10-05");
    const queues = (await load(userAs("serviceManager"))).queues;
    expect(loaded(queues, "Concerns to confirm in writing").items).toEqual([]);
    expect(loaded(queues, "Answers awaited").items.map((i) => i.detail)).toEqual([
      "Confirmed in writing on Friday 2 October 2026: record whether the customer agreed the arrangement.",
    ]);
    const other = { name: "Someone Else", email: "someone.else@portsmouthcc.gov.uk" } as never;
    const theirs = (await load(userAs("serviceManager", other))).queues;
    expect(loaded(theirs, "Answers awaited").items).toEqual([]);
  });

  it("lists a monitored customer's contacts outside the arrangement since it was agreed", async () => {
    const record = monitored();
    const agreed = record.file.stepOne?.agreementRecordedOn ?? date("2026-10-05");
    const contact = (at: string, verdict: LoggedContact["verdict"]): LoggedContact => ({
      id: at,
      ref: REF,
      at: new Date(at),
      channel: "email",
      direction: "inbound",
      from: CUSTOMER,
      to: [],
      staff: SERVICE_MANAGER.email,
      subject: "Again",
      clientId: at,
      verdict,
      reasons: [],
    });
    const { load } = work([record], "2026-11-02", [
      contact("2026-10-01T09:00:00Z", "outsideTerms"), // before the agreement: not counted
      contact("2026-10-20T09:00:00Z", "withinTerms"),
      contact("2026-10-21T09:00:00Z", "outsideTerms"),
      contact("2026-10-28T09:00:00Z", "outsideTerms"),
    ]);
    const queue = loaded(
      (await load(userAs("serviceManager"))).queues,
      "Contact outside the agreed arrangement",
    );
    expect(queue.items.map((i) => [i.since, i.detail])).toEqual([
      [
        "2026-10-21",
        `2 contacts outside the arrangement agreed on ${formatLongDate(agreed)}, the latest on Wednesday 28 October 2026: refer the case if the behaviour continues.`,
      ],
    ]);
  });
});

describe("the deciders' queues", () => {
  it("gives the helpdesk manager referrals to assess with their age, and the director the appeals passed on", async () => {
    const lodged = applied(
      restricted(),
      {
        kind: "lodgeAppeal",
        lodgedOn: date("2026-11-10"),
        grounds: "Too strict.",
        receivedVia: { channel: "letter" },
      },
      HELPDESK,
      "2026-11-10",
    ).record;
    const before = work([referred(), withRef(lodged, "UCB-2026-AAAAAA")], "2026-11-20");
    const helpdesk = (await before.load(userAs("cityHelpdeskManager", HELPDESK))).queues;
    const referrals = loaded(helpdesk, "Referrals to assess");
    expect(referrals.items.map((i) => i.detail)).toEqual([
      expect.stringMatching(
        /^Referred on \w+day \d+ \w+ 2026 by Sam Patel \(\d+ days ago\)\.$/,
      ) as string,
    ]);
    expect(loaded(helpdesk, "Appeals to gather and pass to the director").items).toHaveLength(1);
    // 5.2.7: the director decides what the helpdesk manager has gathered and passed on.
    const waiting = (await before.load(userAs("director", DIRECTOR))).queues;
    expect(loaded(waiting, "Appeals to decide").items).toEqual([]);

    const passed = applied(
      lodged,
      { kind: "passAppeal", information: ["Decision and reasons", "Appeal letter"] },
      HELPDESK,
      "2026-11-16",
    ).record;
    const after = work([withRef(passed, "UCB-2026-AAAAAA")], "2026-11-20");
    const gathered = (await after.load(userAs("cityHelpdeskManager", HELPDESK))).queues;
    expect(loaded(gathered, "Appeals to gather and pass to the director").items).toEqual([]);
    const director = (await after.load(userAs("director", DIRECTOR))).queues;
    const appeals = loaded(director, "Appeals to decide");
    // Since it was passed on; due 28 days after it was received.
    expect(appeals.items.map((i) => [i.ref, i.since, i.dueOn])).toEqual([
      ["UCB-2026-AAAAAA", "2026-11-16", "2026-12-08"],
    ]);
  });

  it("puts the oldest item first", async () => {
    const older = {
      ...assessed(),
      entry: { ...assessed().entry, ref: "UCB-2026-BBBBBB" as never },
    };
    const assessment = older.file.assessment;
    if (!assessment) throw new Error("the assessed case has an assessment");
    const olderFile = {
      ...older.file,
      ref: older.entry.ref,
      assessment: { ...assessment, decidedOn: date("2026-10-01") },
    };
    const { load } = work([assessed(), { entry: older.entry, file: olderFile }], "2026-11-20");
    const queue = loaded(
      (await load(userAs("assistantDirector", AD))).queues,
      "Restrictions to decide",
    );
    expect(queue.items.map((i) => i.ref)).toEqual(["UCB-2026-BBBBBB", REF]);
  });

  it("says in words when a queue's cases could not be read, and shows the others", async () => {
    const { store, load } = work([referred()], "2026-11-20");
    store.fail("listReviewsDue", "throttled");
    const queues = (await load(userAs("cityHelpdeskManager", HELPDESK))).queues;
    const reviews = queues.find((q) => q.title === "Reviews due");
    expect(reviews).toMatchObject({
      state: "failed",
      message: expect.stringMatching(/SharePoint is busy/) as string,
    });
    expect(loaded(queues, "Referrals to assess").items).toHaveLength(1);
  });

  it("reads each source once, however many queues share it", async () => {
    const { store, load } = work([], "2026-11-20");
    await load({
      name: "Both",
      email: "both@portsmouthcc.gov.uk" as never,
      roles: ["cityHelpdeskManager", "assistantDirector"],
    });
    // Nine states between them (two stages, three of the notice, a review, two of an appeal,
    // immediate action); notices pending and restrictions to decide, which both roles' queues
    // read, are each asked for once.
    expect(store.calls.filter((c) => c === "listRegister")).toHaveLength(9);
  });
});
