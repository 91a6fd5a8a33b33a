import { describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { CUSTOMER, date, logged, REF, SPOC } from "../domain/testFixtures";
import {
  AD,
  applied,
  HELPDESK,
  noonOn,
  referred,
  restricted,
  SERVICE_MANAGER,
} from "../domain/testScenario";
import type { CaseRecord, EmailAddress, Role } from "../domain/types";
import { type CaseViewDeps, loadCaseView, searchCases } from "./caseView";
import type { SignedInUser } from "./ports";

function user(roles: readonly Role[]): SignedInUser {
  return { name: "Helen Dunn", email: "helen.dunn@portsmouthcc.gov.uk" as EmailAddress, roles };
}

function setUp(record: CaseRecord, day: string): { store: MemoryCaseStore; deps: CaseViewDeps } {
  const store = new MemoryCaseStore();
  store.seed(record.entry, record.file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
  return { store, deps: { store, clock: { now: () => noonOn(day) }, config: PORTSMOUTH_POLICY } };
}

describe("searchCases", () => {
  const { store } = setUp(referred(), "2026-10-20");

  it("finds a case by its reference typed in lower case with spaces", async () => {
    const found = await searchCases(store, "  ucb-2026-7kq2mx ");
    expect(found).toMatchObject({ kind: "results", readAs: "reference" });
    expect(found.kind === "results" && found.results.map((r) => r.ref)).toEqual([REF]);
  });

  it("finds a case by the start of the customer's name", async () => {
    const found = await searchCases(store, "jo blo");
    expect(found.kind === "results" && found.results.map((r) => r.customerName)).toEqual([
      "Jo Bloggs",
    ]);
  });

  it("finds a case by an address typed with a display name and capitals", async () => {
    const found = await searchCases(store, "Jo Bloggs <JO.Bloggs@Example.org>");
    expect(found).toMatchObject({ kind: "results", readAs: "address" });
    expect(found.kind === "results" && found.results.map((r) => r.ref)).toEqual([REF]);
  });

  it("says an incomplete address is not one, and finds nothing for an unknown name", async () => {
    expect(await searchCases(store, "jo.bloggs@")).toMatchObject({ kind: "invalid" });
    expect(await searchCases(store, "  ")).toMatchObject({ kind: "invalid" });
    const none = await searchCases(store, "Nobody");
    expect(none.kind === "results" && none.results).toEqual([]);
  });
});

describe("loadCaseView", () => {
  it("offers a frontline user no decision, and shows the register when the case file is withheld", async () => {
    const { store, deps } = setUp(referred(), "2026-10-20");
    store.fail("getCaseFile", "forbidden");
    store.fail("listEvents", "forbidden");
    const view = await loadCaseView(deps, REF, user(["frontline"]));
    expect(view?.offered).toEqual([]);
    expect(view?.fileWithheld).toBe(true);
    expect(view?.eventsWithheld).toBe(true);
    expect(view?.stageInWords).toBe("referred to the city helpdesk manager");
  });

  it("offers the helpdesk manager the assessment of a referred case, in that role", async () => {
    const { deps } = setUp(referred(), "2026-10-20");
    const view = await loadCaseView(deps, REF, user(["serviceManager", "cityHelpdeskManager"]));
    const assess = view?.offered.find((d) => d.kind === "assess");
    expect(assess?.actor.role).toBe("cityHelpdeskManager");
    expect(view?.file?.referral?.behaviour).toMatch(/Daily emails/);
    expect(view?.seniorActor).toBeUndefined();
  });

  it("names the assistant director as the one who may impose extreme measures", async () => {
    const { deps } = setUp(referred(), "2026-10-20");
    const view = await loadCaseView(deps, REF, user(["assistantDirector"]));
    expect(view?.seniorActor?.role).toBe("assistantDirector");
  });

  it("lists the history newest first", async () => {
    const { store, deps } = setUp(referred(), "2026-10-20");
    const base = { ref: REF, actor: SERVICE_MANAGER, detail: {} };
    store.events.push(
      { ...base, at: noonOn("2026-10-01"), action: "caseOpened", summary: "Case opened." },
      { ...base, at: noonOn("2026-10-12"), action: "referred", summary: "Referred." },
    );
    const view = await loadCaseView(deps, REF, user(["cityHelpdeskManager"]));
    expect(view?.events.map((e) => e.action)).toEqual(["referred", "caseOpened"]);
  });

  it("marks contacts outside the terms, newest first, with the reason in full", async () => {
    const { store, deps } = setUp(restricted(), "2026-11-06");
    store.contacts.push(
      logged("2026-11-03T10:00:00Z"),
      logged("2026-11-04T10:00:00Z", { verdict: "outsideTerms", reasons: ["overVolume"] }),
    );
    const view = await loadCaseView(deps, REF, user(["cityHelpdeskManager"]));
    const [newest, oldest] = view?.contacts ?? [];
    expect(newest?.breach).toBe(true);
    expect(newest?.reasons.join(" ")).toMatch(/email 2 this week; the allowance is 1 a week/);
    expect(oldest?.breach).toBe(false);
    expect(oldest?.reasons).toEqual([]);
  });

  it("gives the deadlines, and flags an overdue review to the helpdesk manager only", async () => {
    const record = restricted();
    const { deps } = setUp(
      { ...record, entry: { ...record.entry, reviewDue: date("2026-12-01") } },
      "2026-12-04",
    );
    const helpdesk = await loadCaseView(deps, REF, user(["cityHelpdeskManager"]));
    expect(helpdesk?.deadlines).toMatchObject({
      reviewDue: "2026-12-01",
      reviewOverdue: true,
      daysOverdue: 3,
      appealBy: "2026-11-30",
      appealWindowOpen: false,
      customerReviewAvailable: true,
    });
    expect(helpdesk?.flagOverdueReview).toBe(true);
    const director = await loadCaseView(deps, REF, user(["director"]));
    expect(director?.flagOverdueReview).toBe(false);
  });

  it("explains why a second review request is not offered", async () => {
    const requested = applied(
      restricted(),
      {
        kind: "requestReview",
        requestedOn: date("2026-11-10"),
        grounds: "Things changed.",
        receivedVia: { channel: "letter" },
      },
      HELPDESK,
      "2026-11-10",
    ).record;
    const kept = applied(
      requested,
      { kind: "decideReview", consulted: [AD], outcome: { kind: "keep" }, reasons: "No change." },
      HELPDESK,
      "2026-11-12",
    ).record;
    const { deps } = setUp(kept, "2026-11-20");
    const view = await loadCaseView(deps, REF, user(["cityHelpdeskManager"]));
    expect(view?.offered.map((d) => d.kind)).not.toContain("requestReview");
    expect(view?.offered.map((d) => d.kind)).toContain("startReview");
    expect(view?.deadlines.customerReviewAvailable).toBe(false);
    const held = view?.heldBack.find((d) => d.kind === "requestReview");
    expect(held?.reason).toMatch(/already requested a review .*10 November 2026/);
  });

  it("gives the terms in plain words and null for a case that is not held", async () => {
    const { deps } = setUp(restricted(), "2026-11-06");
    const view = await loadCaseView(deps, REF, user(["cityHelpdeskManager"]));
    expect(view?.terms).toContain(`Only with the SPOC, ${SPOC.name}.`);
    const other = await loadCaseView(deps, "UCB-2026-AAAAAA" as typeof REF, user(["director"]));
    expect(other).toBeNull();
  });
});
