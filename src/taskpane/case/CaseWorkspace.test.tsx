import { cleanup, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import "../testing/jsdomShims";
import { CUSTOMER, date, REF } from "../../domain/testFixtures";
import {
  AD,
  applied,
  assessed,
  HELPDESK,
  noonOn,
  referred,
  restricted,
} from "../../domain/testScenario";
import type { CaseRecord, Role } from "../../domain/types";
import { paneDeps, user } from "../testing/paneDeps";
import type { MemoryCaseStore } from "../../../test/fakes/memoryCaseStore";
import CaseWorkspace from "./CaseWorkspace";

afterEach(cleanup);
// The forms are lazy chunks and these tests type a great deal: allow for a busy machine.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

beforeAll(() => {
  // jsdom has Blob but no object URLs; the export only needs a distinct URL per file.
  let n = 0;
  vi.stubGlobal(
    "URL",
    Object.assign(URL, {
      createObjectURL: () => `blob:export-${++n}`,
      revokeObjectURL: () => undefined,
    }),
  );
});

function open(
  record: CaseRecord,
  day: string,
  roles: readonly Role[],
  options: { readonly also?: (store: MemoryCaseStore) => void } = {},
) {
  const signedIn = user(roles, "Helen Dunn");
  const fakes = paneDeps({ user: signedIn, now: noonOn(day) });
  fakes.store.seed(record.entry, record.file, [
    { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
  ]);
  options.also?.(fakes.store);
  render(
    <CaseWorkspace
      caseRef={record.entry.ref}
      deps={fakes.deps}
      useCases={{ changes: fakes.changes }}
      user={signedIn}
    />,
  );
  return { ...fakes, ui: userEvent.setup() };
}

/**
 * Shows a part of the case: its tab, or through "More" when it did not fit (in jsdom nothing
 * has a width, so only the selected tab and one other stay out of the menu, as at 320 px).
 */
async function showTab(ui: ReturnType<typeof userEvent.setup>, name: string | RegExp) {
  const tab = screen.queryByRole("tab", { name });
  if (tab) return ui.click(tab);
  await ui.click(screen.getByRole("tab", { name: /More parts of the case/ }));
  await ui.click(await screen.findByRole("menuitem", { name }));
}

async function decisions() {
  return screen.findByRole("list", { name: "Decisions you can take" });
}

/** A case whose one review request of this period was used on 10 November 2026. */
function reviewRequestUsed(): CaseRecord {
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
  return applied(
    requested,
    { kind: "decideReview", consulted: [AD], outcome: { kind: "keep" }, reasons: "No change." },
    HELPDESK,
    "2026-11-12",
  ).record;
}

describe("what each role is offered", () => {
  it("offers frontline staff no decision, and says the file is for managers", async () => {
    const signedIn = user(["frontline"]);
    const { deps, store, changes } = paneDeps({ user: signedIn, now: noonOn("2026-10-20") });
    const record = referred();
    store.seed(record.entry, record.file);
    store.fail("getCaseFile", "forbidden");
    store.fail("listEvents", "forbidden");
    render(<CaseWorkspace caseRef={REF} deps={deps} useCases={{ changes }} user={signedIn} />);
    expect(await screen.findByRole("tab", { name: "Summary", selected: true })).toBeTruthy();
    await showTab(userEvent.setup(), "Decisions");
    expect(
      await screen.findByText("There is no decision for you to take on this case now."),
    ).toBeTruthy();
    expect(screen.queryByRole("list", { name: "Decisions you can take" })).toBeNull();
    expect(screen.getByText("Only managers can read this case's file and history.")).toBeTruthy();
  });

  it("offers the helpdesk manager the assessment of a referred case", async () => {
    const { ui } = open(referred(), "2026-10-20", ["cityHelpdeskManager"]);
    const list = await decisions();
    await ui.click(within(list).getByRole("button", { name: "Assess the referral" }));
    expect(
      await screen.findByRole("heading", { name: "Assess the referral (5.2.2)" }),
    ).toBeTruthy();
  });

  it("keeps extreme measures from the helpdesk manager", async () => {
    open(assessed(), "2026-10-28", ["cityHelpdeskManager"]);
    const list = await decisions();
    expect(within(list).getByRole("button", { name: "Impose restrictions" })).toBeTruthy();
    expect(within(list).queryByRole("button", { name: "Impose extreme measures" })).toBeNull();
  });

  it("offers the assistant director extreme measures, with channels to block and premises", async () => {
    const { ui } = open(assessed(), "2026-10-28", ["assistantDirector"]);
    const list = await decisions();
    await ui.click(within(list).getByRole("button", { name: "Impose extreme measures" }));
    const extreme = await screen.findByRole("group", { name: "Extreme measures (5.2.5)" });
    expect(within(extreme).getByRole("checkbox", { name: "Telephone" })).toBeTruthy();
    expect(within(extreme).queryByRole("checkbox", { name: "Letter" })).toBeNull();
    expect(within(extreme).getByRole("textbox", { name: /council premises/ })).toBeTruthy();
  });
});

describe("decisions", () => {
  it("refuses a second review request in the period and says why", async () => {
    open(reviewRequestUsed(), "2026-11-20", ["cityHelpdeskManager"]);
    const list = await decisions();
    expect(within(list).getByRole("button", { name: "Start a council review" })).toBeTruthy();
    expect(
      within(list).queryByRole("button", { name: "Record the customer's review request" }),
    ).toBeNull();
    const held = screen.getByRole("list", { name: "Not available now" });
    expect(held.textContent).toMatch(
      /Review request: The customer has already requested a review in this restriction period \(on Tuesday 10 November 2026\)/,
    );
  });

  it("flags a late appeal and refers the customer to review only when a person chooses to", async () => {
    const { ui, mailbox, store } = open(restricted(), "2026-12-02", ["cityHelpdeskManager"]);
    await ui.click(within(await decisions()).getByRole("button", { name: "Record an appeal" }));
    expect(await screen.findByText(/Late appeal: it was received after the 28 days/)).toBeTruthy();
    await ui.type(
      screen.getByRole("textbox", { name: /Why the customer disagrees/ }),
      "The restrictions are unfair.",
    );
    await ui.click(screen.getByRole("button", { name: "Record the late appeal" }));
    expect(await screen.findByText(/The appeal was late\./)).toBeTruthy();
    expect(mailbox.replies).toHaveLength(0);
    expect(store.register.get(REF)?.value.review.status).toBe("none");

    await ui.click(
      within(await decisions()).getByRole("button", {
        name: "Decide what happens to the late appeal",
      }),
    );
    await ui.click(await screen.findByRole("radio", { name: /refer the customer to the review/ }));
    await ui.click(
      screen.getByRole("checkbox", { name: /Take the appeal as the customer's review/ }),
    );
    await ui.type(screen.getByRole("textbox", { name: /^Reasons/ }), "No reason for the delay.");
    await ui.click(screen.getByRole("button", { name: "Record the choice" }));
    await waitFor(() => expect(mailbox.replies).toHaveLength(1));
    expect(mailbox.replies[0]).toMatch(/treated your letter as a request for a review/);
    expect(store.register.get(REF)?.value.review.status).toBe("pending");
  });

  it("closes a case found not unreasonable and opens the letter giving the reasons", async () => {
    const { ui, mailbox, store } = open(referred(), "2026-10-20", ["cityHelpdeskManager"]);
    await ui.click(within(await decisions()).getByRole("button", { name: "Assess the referral" }));
    await ui.click(await screen.findByRole("radio", { name: /Not unreasonable/ }));
    const consulted: [string, string][] = [
      ["Alex Reed", "alex.reed@portsmouthcc.gov.uk"],
      ["Sam Patel", "sam.patel@portsmouthcc.gov.uk"],
    ];
    for (const [i, [name, email]] of consulted.entries()) {
      const person = screen.getByRole("group", { name: `Person ${i + 1}` });
      await ui.type(within(person).getByRole("textbox", { name: "Name" }), name);
      await ui.type(within(person).getByRole("textbox", { name: "Email address" }), email);
      await ui.type(within(person).getByLabelText(/^Date consulted/), "2026-10-19");
    }
    await ui.type(screen.getByRole("textbox", { name: /Reasons/ }), "Contact has settled.");
    await ui.click(screen.getByRole("button", { name: "Record the assessment" }));
    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    await waitFor(() => expect(mailbox.replies).toHaveLength(1));
    expect(mailbox.replies[0]).toMatch(/Contact has settled\./);
    expect(store.register.get(REF)?.value.stage).toBe("closed");
    expect(await screen.findByText("This case is closed.")).toBeTruthy();
  });

  it("shows each wrong field beside it and saves nothing", async () => {
    const { ui, store } = open(referred(), "2026-10-20", ["cityHelpdeskManager"]);
    await ui.click(within(await decisions()).getByRole("button", { name: "Assess the referral" }));
    await ui.click(await screen.findByRole("button", { name: "Record the assessment" }));
    // Beside its field, and in the form's summary as a link to that field (issue 20).
    expect(await screen.findAllByText("Give the reasons for the decision (5.2.2).")).toHaveLength(
      2,
    );
    expect(
      screen.getByRole("button", { name: "Give the reasons for the decision (5.2.2)." }),
    ).toBeTruthy();
    expect(store.calls).not.toContain("updateRegisterEntry");
  });

  it("warns of a conflict with a reasonable adjustment before the restrictions are saved", async () => {
    const base = assessed();
    const record: CaseRecord = {
      ...base,
      file: {
        ...base.file,
        reasonableAdjustments: [
          {
            description: "Cannot read letters; needs telephone contact",
            requiresChannels: ["phone"],
          },
        ],
      },
    };
    const { ui, store } = open(record, "2026-10-28", ["cityHelpdeskManager"]);
    await ui.click(within(await decisions()).getByRole("button", { name: "Impose restrictions" }));
    const allowed = await screen.findByRole("group", { name: /Contact only by/ });
    await ui.click(within(allowed).getByRole("checkbox", { name: "Letter" }));
    expect(
      await screen.findByText("These terms conflict with a reasonable adjustment"),
    ).toBeTruthy();
    expect(
      screen.getByText(
        /The terms allow contact by letter only, but a recorded reasonable adjustment needs contact by telephone/,
      ),
    ).toBeTruthy();
    expect(store.calls).not.toContain("updateRegisterEntry");
  });

  it("says the case was changed by someone else, and reloads it", async () => {
    const { ui, store } = open(restricted(), "2026-11-20", ["cityHelpdeskManager"]);
    await ui.click(
      within(await decisions()).getByRole("button", { name: "Start a council review" }),
    );
    await ui.type(
      await screen.findByRole("textbox", { name: /Why the council is reviewing/ }),
      "Behaviour has improved.",
    );
    store.touch(REF);
    await ui.click(screen.getByRole("button", { name: "Start the review" }));
    expect(
      await screen.findByText("This case was changed by someone else. Reload to see the latest."),
    ).toBeTruthy();
    expect(store.register.get(REF)?.value.review.status).toBe("none");
    await ui.click(screen.getByRole("button", { name: "Reload" }));
    await waitFor(() =>
      expect(screen.queryByText(/This case was changed by someone else/)).toBeNull(),
    );
  });

  it("gives the helpdesk manager the subject access export as two downloads", async () => {
    const { ui, store } = open(restricted(), "2026-11-20", ["cityHelpdeskManager"]);
    await ui.click(await screen.findByRole("button", { name: "Subject access export" }));
    const text = await screen.findByRole("link", { name: /readable document/ });
    const json = screen.getByRole("link", { name: /data as JSON/ });
    expect(text.getAttribute("download")).toBe(`${REF}-subject-access-2026-11-20.txt`);
    expect(json.getAttribute("download")).toBe(`${REF}-subject-access-2026-11-20.json`);
    // The note for staff (third parties to decide on) is a file of its own, not in the document.
    const staff = screen.getByRole("link", { name: /note for staff, not for release/ });
    expect(staff.getAttribute("download")).toBe(`${REF}-subject-access-2026-11-20-for-staff.txt`);
    expect(store.events.some((e) => e.action === "subjectAccessExported")).toBe(true);
  });

  it("lets a manager correct the customer's name with a reason, recorded without the old name", async () => {
    const { ui, store } = open(restricted(), "2026-11-20", ["cityHelpdeskManager"]);
    const section = await screen.findByRole("region", { name: "Correct the record" });
    const form = within(section);
    await ui.type(form.getByRole("textbox", { name: /The correct name/ }), "Joanne Bloggs");
    await ui.click(form.getByRole("button", { name: "Correct" }));
    expect((await form.findByRole("alert")).textContent).toBe("Say why the record is wrong.");
    expect(store.register.get(REF)?.value.customerName).toBe("Jo Bloggs");
    await ui.type(form.getByRole("textbox", { name: /Why the record is wrong/ }), "Short name.");
    await ui.click(form.getByRole("button", { name: "Correct" }));
    expect((await form.findByRole("status")).textContent).toMatch(/^Corrected\./);
    expect(store.register.get(REF)?.value.customerName).toBe("Joanne Bloggs");
    const event = store.events.at(-1);
    expect(event?.action).toBe("customerNameCorrected");
    expect(JSON.stringify(event)).not.toContain("Jo Bloggs");
  });

  it("offers no correction to frontline staff", async () => {
    open(restricted(), "2026-11-20", ["frontline"]);
    await screen.findByRole("heading", { level: 2, name: "Jo Bloggs" });
    expect(screen.queryByRole("region", { name: "Correct the record" })).toBeNull();
  });
});

describe("reading a case", () => {
  it("shows HTML in a customer's name as text", async () => {
    const base = referred();
    const name = '<img src=x onerror="alert(1)">Jo <b>Bloggs</b>';
    const { ui } = open({ ...base, entry: { ...base.entry, customerName: name } }, "2026-10-20", [
      "cityHelpdeskManager",
    ]);
    const heading = await screen.findByRole("heading", { level: 2 });
    expect(heading.textContent).toBe(name);
    expect(document.querySelector("img, b")).toBeNull();
    await showTab(ui, "Summary");
    expect(document.querySelector("img, b")).toBeNull();
  });

  it("says in words when SharePoint is busy, and reads the case on a second try", async () => {
    const { ui } = open(referred(), "2026-10-20", ["cityHelpdeskManager"], {
      also: (store) => store.fail("getRegisterEntry", "throttled"),
    });
    expect(await screen.findByText(/SharePoint is busy\. Try again in a minute\./)).toBeTruthy();
    await ui.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Jo Bloggs" })).toBeTruthy();
  });

  it("flags an overdue review to the helpdesk manager", async () => {
    const base = restricted();
    open({ ...base, entry: { ...base.entry, reviewDue: date("2026-12-01") } }, "2026-12-04", [
      "cityHelpdeskManager",
    ]);
    expect(
      await screen.findByText(
        /Review overdue: it was due on Tuesday 1 December 2026 \(3 days ago\)/,
      ),
    ).toBeTruthy();
  });

  it("marks contacts outside the terms in words, and shows who decided what and why", async () => {
    const { ui } = open(restricted(), "2026-11-06", ["cityHelpdeskManager"], {
      also: (store) => {
        store.contacts.push({
          id: "c1",
          ref: REF,
          at: noonOn("2026-11-04"),
          channel: "phone",
          direction: "inbound",
          to: [],
          staff: HELPDESK.email,
          subject: "Call about the repair",
          clientId: "call-1",
          verdict: "outsideTerms",
          reasons: ["channelNotAllowed"],
        });
        store.events.push({
          ref: REF,
          at: noonOn("2026-10-30"),
          actor: AD,
          action: "restrictionsImposed",
          summary: "Restrictions imposed.",
          detail: { reasons: "Daily emails continue." },
        });
      },
    });
    await screen.findByRole("tablist", { name: "Parts of the case" });
    await showTab(ui, /Contact log/);
    const contact = screen.getByText("Call about the repair").closest("li");
    expect(contact?.textContent).toMatch(/Outside the terms/);
    expect(contact?.textContent).toMatch(
      /Received by telephone; contact is allowed by email or by letter only/,
    );
    await showTab(ui, "History");
    const event = screen.getByText("Restrictions imposed.").closest("li");
    expect(event?.textContent).toMatch(
      /Friday 30 October 2026, 12:00 \(UK time\), Alex Reed, assistant director/,
    );
    expect(event?.textContent).toMatch(/Why: Daily emails continue\./);
  });
});
