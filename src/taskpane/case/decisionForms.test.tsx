import { cleanup, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../testing/jsdomShims";
import { CUSTOMER, date, REF } from "../../domain/testFixtures";
import { applied, assessed, HELPDESK, noonOn, restricted } from "../../domain/testScenario";
import type { CaseRecord, Role } from "../../domain/types";
import { paneDeps, user } from "../testing/paneDeps";
import CaseWorkspace from "./CaseWorkspace";

afterEach(cleanup);
// Each form is its own lazy chunk and these tests type a great deal: on a busy machine the
// first load of a form and a long form take longer than the defaults allow.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

function open(record: CaseRecord, day: string, roles: readonly Role[]) {
  const signedIn = user(roles, "Alex Reed");
  const fakes = paneDeps({ user: signedIn, now: noonOn(day) });
  fakes.store.seed(record.entry, record.file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
  const view = render(
    <CaseWorkspace
      caseRef={REF}
      deps={fakes.deps}
      useCases={{ changes: fakes.changes }}
      user={signedIn}
    />,
  );
  return { ...fakes, container: view.container, ui: userEvent.setup() };
}

async function choose(ui: ReturnType<typeof userEvent.setup>, decision: string) {
  const list = await screen.findByRole("list", { name: "Decisions you can take" });
  await ui.click(within(list).getByRole("button", { name: decision }));
}

async function seriousViolations(root: HTMLElement) {
  // Colour contrast needs layout, which jsdom does not do; the browser tests check it.
  const result = await axe.run(root, { rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

describe("imposing restrictions", () => {
  it("saves the terms, the period and the notice date, and opens the notice as a reply", async () => {
    const { ui, store, mailbox } = open(assessed(), "2026-10-28", ["assistantDirector"]);
    await choose(ui, "Impose restrictions");
    const allowed = await screen.findByRole("group", { name: /Contact only by/ });
    await ui.click(within(allowed).getByRole("checkbox", { name: "Email" }));
    await ui.click(within(allowed).getByRole("checkbox", { name: "Letter" }));
    await ui.click(screen.getByRole("button", { name: "Add a volume allowance" }));
    await ui.click(screen.getByRole("checkbox", { name: /Contact only with the SPOC/ }));
    await ui.click(screen.getByRole("checkbox", { name: /Only new issues/ }));
    expect(screen.getByText("At most 1 email a week (weeks start on Monday).")).toBeTruthy();
    // Typed the UK way: day/month/year.
    await ui.type(screen.getByLabelText(/^Last day/), "31/01/2027");
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "Daily emails continue.");
    await ui.click(screen.getByRole("radio", { name: "Was told" }));
    await ui.click(screen.getByRole("button", { name: "Impose restrictions" }));

    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    const entry = store.register.get(REF)?.value;
    expect(entry?.stage).toBe("restricted");
    expect(entry?.terms).toEqual({
      allowedChannels: ["email", "letter"],
      volumes: [{ max: 1, per: "week", channels: ["email"] }],
      spocOnly: true,
      newIssuesOnly: true,
    });
    expect(entry?.period).toMatchObject({
      start: "2026-10-28",
      end: "2027-01-31",
      notice: {
        kind: "notified",
        on: "2026-10-28",
        at: noonOn("2026-10-28"),
        method: "letter",
        givenBy: { name: "Alex Reed", role: "assistantDirector" },
      },
    });
    expect(entry?.spoc?.name).toBe("Priya Shah");
    await waitFor(() => expect(mailbox.replies).toHaveLength(1));
    expect(mailbox.replies[0]).toMatch(/Daily emails continue\./);
    expect(await screen.findByText("This case is under restrictions.")).toBeTruthy();
  });

  it("lets the assistant director block a channel and restrict premises, with its own notice", async () => {
    const { ui, store } = open(assessed(), "2026-10-28", ["assistantDirector"]);
    await choose(ui, "Impose extreme measures");
    const extreme = await screen.findByRole("group", { name: "Extreme measures (5.2.5)" });
    await ui.click(within(extreme).getByRole("checkbox", { name: "Telephone" }));
    await ui.type(
      within(extreme).getByRole("textbox", { name: /council premises/ }),
      "No visits to the Civic Offices without an appointment",
    );
    // Typed the UK way: day/month/year.
    await ui.type(screen.getByLabelText(/^Last day/), "31/01/2027");
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "Threats made by phone.");
    await ui.click(screen.getByRole("button", { name: "Impose extreme measures" }));

    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    expect(store.register.get(REF)?.value.terms?.extreme).toEqual({
      blockedChannels: ["phone"],
      premisesRestriction: "No visits to the Civic Offices without an appointment",
    });
    const drafted = store.events.find((e) => e.action === "letterDrafted");
    expect(drafted?.detail["letterKind"]).toBe("extremeNotice");
  });

  it("lets the helpdesk manager decide, but not tell the customer: the notice waits for the assistant director", async () => {
    const { ui, store, mailbox } = open(assessed(), "2026-10-28", ["cityHelpdeskManager"]);
    await choose(ui, "Impose restrictions");
    await screen.findByRole("group", { name: /Telling the customer/ });
    expect(screen.queryByRole("radio", { name: /Is not to be told/ })).toBeNull();
    expect(screen.queryByRole("radio", { name: "Was told" })).toBeNull();
    expect(
      screen.getByText(/The notice is given by the assistant director of corporate services/),
    ).toBeTruthy();
    const allowed = screen.getByRole("group", { name: /Contact only by/ });
    await ui.click(within(allowed).getByRole("checkbox", { name: "Letter" }));
    await ui.type(screen.getByLabelText(/^Last day/), "2027-01-31");
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "Daily emails continue.");
    await ui.click(screen.getByRole("button", { name: "Impose restrictions" }));
    expect(
      await screen.findByText(
        /Restrictions decided; the customer has not yet been told\. They bind once the assistant director/,
      ),
    ).toBeTruthy();
    expect(store.register.get(REF)?.value.period?.notice).toEqual({ kind: "pending" });
    expect(mailbox.replies).toHaveLength(0);
  });
});

/** Restricted, with an appeal received on 20 November 2026 and passed to the director. */
const appealLodged = (): CaseRecord =>
  applied(
    applied(
      restricted(),
      {
        kind: "lodgeAppeal",
        lodgedOn: date("2026-11-20"),
        grounds: "Too strict.",
        receivedVia: { channel: "letter" },
      },
      HELPDESK,
      "2026-11-20",
    ).record,
    { kind: "passAppeal", information: ["The decision and its reasons", "The appeal letter"] },
    HELPDESK,
    "2026-11-23",
  ).record;

describe("reviews and appeals", () => {
  it("extends the restrictions after a review and starts a new period", async () => {
    const pending = applied(
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
    const { ui, store, mailbox } = open(pending, "2026-11-20", ["cityHelpdeskManager"]);
    await choose(ui, "Decide the review");
    await ui.click(await screen.findByRole("radio", { name: "Extend them for a further period" }));
    await ui.type(screen.getByLabelText(/^New last day/), "30/04/2027");
    const person = screen.getByRole("group", { name: "Person 1" });
    await ui.type(within(person).getByRole("textbox", { name: "Name" }), "Alex Reed");
    await ui.type(
      within(person).getByRole("textbox", { name: "Email address" }),
      "alex.reed@portsmouthcc.gov.uk",
    );
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "Emails continue daily.");
    await ui.click(screen.getByRole("button", { name: "Record the review decision" }));

    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    expect(store.register.get(REF)?.value.period).toMatchObject({ number: 2, end: "2027-04-30" });
    await waitFor(() => expect(mailbox.replies).toHaveLength(1));
  });

  it("keeps amended terms that cannot be right in the form, saying why, and saves nothing", async () => {
    const lodged = appealLodged();
    const { ui, store } = open(lodged, "2026-11-25", ["director"]);
    await choose(ui, "Decide the appeal");
    await ui.click(await screen.findByRole("radio", { name: "Amend the conditions" }));
    await ui.click(screen.getByRole("button", { name: "Add a volume allowance" }));
    const allowance = screen.getByRole("group", { name: "Volume allowance 1" });
    const most = within(allowance).getByRole("spinbutton", { name: "At most" });
    await ui.clear(most);
    await ui.type(most, "0");
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "Fewer emails.");
    await ui.click(screen.getByRole("button", { name: "Record the appeal decision" }));

    const why = "Enter volume allowance 1 as a whole number from 1 to 1000.";
    expect((await screen.findAllByText(why)).length).toBeGreaterThan(0);
    expect(screen.queryByRole("heading", { name: "Decision saved" })).toBeNull();
    expect(store.register.get(REF)?.value.appeal.status).toBe("passed");
  });

  it("passes the letters and copies kept with the case to the director with the appeal (5.2.7)", async () => {
    const received = applied(
      restricted(),
      {
        kind: "lodgeAppeal",
        lodgedOn: date("2026-11-20"),
        grounds: "Too strict.",
        receivedVia: { channel: "letter" },
      },
      HELPDESK,
      "2026-11-20",
    ).record;
    const { ui, store, documents } = open(received, "2026-11-23", ["cityHelpdeskManager"]);
    await documents.store({
      ref: REF,
      folder: "correspondence",
      title: "2026-11-19 My appeal",
      extension: "eml",
      contentType: "message/rfc822",
      content: new TextEncoder().encode("Subject: My appeal"),
      key: "<appeal-1@example.org>",
      existing: "any",
    });
    await choose(ui, "Pass the appeal to the director");
    const papers = await screen.findByRole("textbox", { name: /What is passed on/ });
    await waitFor(() =>
      expect((papers as HTMLTextAreaElement).value).toMatch(
        /The contact log since the restrictions began\nCorrespondence: 2026-11-19 My appeal \(\w+\)\.eml \(kept /,
      ),
    );
    await ui.click(screen.getByRole("button", { name: "Pass the appeal on" }));
    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    const appeal = store.register.get(REF)?.value.appeal;
    expect(appeal?.status === "passed" && appeal.information.at(-1)).toMatch(/My appeal/);
  });

  it("gives the director the appeal decision, and nobody else", async () => {
    const lodged = appealLodged();
    const { ui, store } = open(lodged, "2026-11-25", ["director"]);
    await choose(ui, "Decide the appeal");
    expect(await screen.findByText(/The customer's grounds: Too strict\./)).toBeTruthy();
    // What the helpdesk manager passed on, one item each.
    for (const passed of ["The decision and its reasons", "The appeal letter"]) {
      expect(screen.getByText(passed).tagName).toBe("LI");
    }
    await ui.click(screen.getByRole("radio", { name: "Remove the conditions" }));
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "Not proportionate.");
    await ui.click(screen.getByRole("button", { name: "Record the appeal decision" }));
    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    expect(store.register.get(REF)?.value.stage).toBe("ended");
    cleanup();

    open(lodged, "2026-11-25", ["cityHelpdeskManager"]);
    const list = await screen.findByRole("list", { name: "Decisions you can take" });
    expect(within(list).queryByRole("button", { name: "Decide the appeal" })).toBeNull();
  });

  it("records a late appeal without deciding it, then lets the director choose to consider it", async () => {
    const { ui, store } = open(restricted(), "2026-12-02", ["cityHelpdeskManager"]);
    await choose(ui, "Record an appeal");
    const received = await screen.findByLabelText(/^Date the appeal was received/);
    await ui.clear(received);
    await ui.type(received, "2026-12-01");
    expect(await screen.findByText(/Late appeal: it was received after the 28 days/)).toBeTruthy();
    await ui.type(screen.getByRole("textbox", { name: /^Why the customer disagrees/ }), "Unfair.");
    await ui.click(screen.getByRole("button", { name: "Record the late appeal" }));
    expect(await screen.findByText(/The appeal was late\./)).toBeTruthy();
    expect(store.register.get(REF)?.value.appeal.status).toBe("late");
    expect(store.register.get(REF)?.value.review.status).toBe("none");
    cleanup();

    const late = store.register.get(REF)?.value;
    const file = store.files.get(REF)?.value;
    if (!late || !file) throw new Error("not stored");
    const director = open({ entry: late, file }, "2026-12-03", ["director"]);
    await choose(director.ui, "Decide what happens to the late appeal");
    await director.ui.type(
      await screen.findByRole("textbox", { name: /^Reasons/ }),
      "The customer was in hospital.",
    );
    await director.ui.click(screen.getByRole("button", { name: "Record the choice" }));
    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    expect(director.store.register.get(REF)?.value.appeal).toMatchObject({
      status: "lodged",
      late: { choice: "consider", by: { name: "Alex Reed", role: "director" } },
    });
  });
});

describe("the notice in force", () => {
  it("opens a copy of the notice for the helpdesk manager, signed by who gave it", async () => {
    const { ui, mailbox } = open(restricted(), "2026-11-20", ["cityHelpdeskManager"]);
    await ui.click(await screen.findByRole("button", { name: "Open the notice in force again" }));
    await waitFor(() => expect(mailbox.replies).toHaveLength(1));
    expect(mailbox.replies[0]).toMatch(/Monday 30 November 2026|30 November 2026/);
    expect(mailbox.replies[0]).toMatch(/Alex Reed/);
  });
});

describe("accessibility of the case workspace", () => {
  it("has no serious or critical axe violations on the case or the restrictions form", async () => {
    const { ui, container } = open(assessed(), "2026-10-28", ["assistantDirector"]);
    await screen.findByRole("list", { name: "Decisions you can take" });
    expect(await seriousViolations(container)).toEqual([]);
    await choose(ui, "Impose extreme measures");
    await screen.findByRole("group", { name: "Extreme measures (5.2.5)" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
