/**
 * Each view's filter and sort, as provisioned, against seeded cases: the emulator applies the
 * stored CAML (its <Today/> in the site's time zone, Europe/London) when items are read through
 * GetItems with the view's ListViewXml, as SharePoint does. Boundaries: a review due today, in 30
 * and in 31 days, overdue by one day; a retention date passed, at 30 and at 31 days.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator, type Emulator } from "../../../emulator/server";
import { createGraphClient, parseSiteUrl, provisionLists } from "../../../src/graph";
import { provisionViews } from "../../../src/graph/views/provision-views";
import { sharePointFor } from "../../../scripts/emulator-in-process";
import { ADMIN, HELPDESK } from "../emulator/support";
import { sp } from "../emulator/sharepoint-support";

/** 11:00 in London on Monday 15 June 2026. */
const MIDDAY = new Date("2026-06-15T10:00:00Z");
/** 00:30 in London on 15 June, still 14 June in UTC: <Today/> must be the site's day. */
const JUST_AFTER_MIDNIGHT = new Date("2026-06-14T23:30:00Z");
let now = MIDDAY;

type Case = Record<string, string | number>;
const restricted = (ref: string, fields: Case): Case => ({
  Title: ref,
  CustomerName: `Customer ${ref}`,
  Stage: "Restricted",
  ServiceArea: "Housing",
  ...fields,
});
const other = (ref: string, stage: string, fields: Case = {}): Case => ({
  Title: ref,
  CustomerName: `Customer ${ref}`,
  Stage: stage,
  ServiceArea: "Housing",
  ...fields,
});

const CASES: Case[] = [
  restricted("R1-review-today", {
    ReviewDue: "2026-06-15",
    RestrictionEnd: "2026-12-01",
    NoticeStatus: "Told",
    RetainUntil: "2032-12-01",
  }),
  restricted("R2-review-in-30", {
    ReviewDue: "2026-07-15",
    RestrictionEnd: "2026-11-01",
    NoticeStatus: "Decided, not yet told",
    DecidedOn: "2026-06-10",
  }),
  restricted("R3-review-in-31", {
    ReviewDue: "2026-07-16",
    RestrictionEnd: "2026-10-01",
    // As the previous release wrote them: still shown.
    NoticeStatus: "Not yet told",
    DecidedOn: "2026-06-01",
    AppealStatus: "Appeal lodged",
    AppealLodgedOn: "2026-06-12",
  }),
  restricted("R4-review-overdue-1", {
    ReviewDue: "2026-06-14",
    RestrictionEnd: "2026-09-01",
    NoticeStatus: "Told",
    AppealStatus: "Appeal decided",
    AppealLodgedOn: "2026-06-03",
  }),
  restricted("R5-review-asked", {
    ReviewDue: "2026-12-01",
    ReviewStatus: "Review pending",
    RestrictionEnd: "2027-01-01",
    AppealStatus: "Passed to director",
    AppealLodgedOn: "2026-06-02",
  }),
  restricted("R6-no-dates", {}),
  restricted("R7-prepared-late-appeal", {
    NoticeStatus: "Notice prepared, not yet told",
    DecidedOn: "2026-06-05",
    AppealStatus: "Late appeal: choose to consider or refer to review",
    AppealLodgedOn: "2026-06-13",
  }),
  other("E1-ended", "Ended", {
    ReviewDue: "2026-06-01",
    RestrictionEnd: "2026-06-01",
    NoticeStatus: "Told",
    RetainUntil: "2026-06-14",
  }),
  other("C1-retain-30", "Closed", { RetainUntil: "2026-07-15" }),
  other("C2-retain-31", "Closed", { RetainUntil: "2026-07-16" }),
  other("F1-referred-first", "Referred"),
];
/** Referred a second later: "oldest first" puts it after F1. */
const LATER: Case[] = [other("F2-referred-later", "Referred", { NoticeStatus: "Not yet told" })];

const contact = (id: string, caseRef: string, at: string, verdict: string): Case => ({
  Title: id,
  CaseRef: caseRef,
  ContactAt: at,
  Channel: "Email",
  Direction: "Inbound",
  StaffEmail: "alex.morgan@council.example",
  ClientId: id,
  Verdict: verdict,
});
const CONTACTS: Case[] = [
  contact("c1", "UCB-B", "2026-06-10T09:00:00Z", "Within terms"),
  contact("c2", "UCB-A", "2026-06-11T09:00:00Z", "Outside terms"),
  contact("c3", "UCB-A", "2026-06-12T09:00:00Z", "Blocked"),
  contact("c4", "UCB-B", "2026-06-13T09:00:00Z", "Not restricted"),
  contact("c5", "UCB-A", "2026-06-09T09:00:00Z", "Within terms"),
];
const event = (id: string, caseRef: string, at: string): Case => ({
  Title: id,
  CaseRef: caseRef,
  At: at,
  Summary: `Event ${id}`,
  EventKey: id,
});
const EVENTS: Case[] = [
  event("e1", "UCB-B", "2026-06-01T09:00:00Z"),
  event("e2", "UCB-A", "2026-06-03T09:00:00Z"),
  event("e3", "UCB-A", "2026-06-02T09:00:00Z"),
  event("e4", "UCB-B", "2026-06-04T09:00:00Z"),
];

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, dataFile: ":memory:", now: () => now });
  const site = parseSiteUrl(emu.siteUrl);
  if (!site) throw new Error("bad site");
  const graph = createGraphClient({
    baseUrl: emu.url,
    customHosts: ["localhost"],
    tokenProvider: { getAccessToken: () => Promise.resolve(emu.tokenFor(ADMIN)) },
  });
  await provisionLists(graph, site);
  await provisionViews(sharePointFor(emu, ADMIN));
  emu.bulkInsert("UCB Register", CASES);
  await new Promise((r) => setTimeout(r, 1100));
  emu.bulkInsert("UCB Register", LATER);
  emu.bulkInsert("UCB Contacts", CONTACTS);
  emu.bulkInsert("UCB Case Events", EVENTS);
});
afterAll(() => emu.stop());

/** The titles the view shows, in its order: its own ListViewXml sent to GetItems, as the helpdesk manager. */
async function shown(list: string, view: string): Promise<string[]> {
  const path = `web/lists/GetByTitle('${encodeURIComponent(list)}')`;
  const definition = await sp(
    emu,
    "GET",
    `${path}/views/getbytitle('${encodeURIComponent(view)}')`,
    {
      upn: HELPDESK,
    },
  );
  expect(definition.status, view).toBe(200);
  const items = await sp(emu, "POST", `${path}/GetItems`, {
    upn: HELPDESK,
    body: { query: { ViewXml: definition.body["ListViewXml"] } },
  });
  expect(items.status, view).toBe(200);
  return (items.body["value"] as { Title: string }[]).map((i) => i.Title);
}

const REGISTER_VIEWS: [string, string[]][] = [
  [
    "Active restrictions",
    [
      "R6-no-dates",
      "R7-prepared-late-appeal",
      "R4-review-overdue-1",
      "R3-review-in-31",
      "R2-review-in-30",
      "R1-review-today",
      "R5-review-asked",
    ],
  ],
  ["Referrals to assess", ["F1-referred-first", "F2-referred-later"]],
  ["Notices to give", ["R3-review-in-31", "R7-prepared-late-appeal", "R2-review-in-30"]],
  ["Reviews due", ["R4-review-overdue-1", "R1-review-today", "R2-review-in-30", "R5-review-asked"]],
  ["Appeals open", ["R5-review-asked", "R3-review-in-31", "R7-prepared-late-appeal"]],
  ["Retention due", ["E1-ended", "C1-retain-30"]],
];

describe("the register's views on seeded cases", () => {
  it.each(REGISTER_VIEWS)("%s shows exactly its cases, in order", async (view, expected) => {
    now = MIDDAY;
    expect(await shown("UCB Register", view)).toEqual(expected);
  });

  it.each(REGISTER_VIEWS.filter(([v]) => v === "Reviews due" || v === "Retention due"))(
    "%s counts days in London: the same cases at 00:30 BST, when UTC is still the day before",
    async (view, expected) => {
      now = JUST_AFTER_MIDNIGHT;
      expect(await shown("UCB Register", view)).toEqual(expected);
      now = MIDDAY;
    },
  );

  it("moves a review due in 31 days into Reviews due the next day", async () => {
    now = new Date("2026-06-16T10:00:00Z");
    expect(await shown("UCB Register", "Reviews due")).toContain("R3-review-in-31");
    now = MIDDAY;
  });
});

describe("the contact log's and audit trail's views", () => {
  it("By case, newest first: grouped by case, newest contact first within each", async () => {
    expect(await shown("UCB Contacts", "By case, newest first")).toEqual([
      "c3",
      "c2",
      "c5",
      "c4",
      "c1",
    ]);
  });

  it("Outside the terms: only contacts outside the terms or on a blocked channel, newest first", async () => {
    expect(await shown("UCB Contacts", "Outside the terms")).toEqual(["c3", "c2"]);
  });

  it("Audit trail by case: grouped by case, in the order things happened", async () => {
    expect(await shown("UCB Case Events", "Audit trail by case")).toEqual(["e3", "e2", "e1", "e4"]);
  });
});
