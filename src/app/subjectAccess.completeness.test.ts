/**
 * Item 7: everything held appears in the readable document. The JSON is walked independently
 * of the renderer, and each value must be found in the text in the form people read it.
 */
import { describe, expect, it } from "vitest";
import { MemoryCaseDocuments } from "../../test/fakes/memoryCaseDocuments";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { address, CUSTOMER, date, REF } from "../domain/testFixtures";
import { AD, DIRECTOR, HELPDESK, noonOn, restricted } from "../domain/testScenario";
import type { CaseRecord, LocalDate } from "../domain/types";
import { formatLongDate } from "../domain/wording";
import { localDateOf } from "../domain/zonedTime";
import { buildSubjectAccess, exportSubjectAccess } from "./subjectAccess";

const REPRESENTATIVE = { name: "Robin Advocate", email: address("robin@advice.example") };
const NEIGHBOUR = address("pat.neighbour@example.net");

/** A case with everything the issue found missing: not told and why, review, appeal. */
function richCase(): CaseRecord {
  const { entry, file } = restricted();
  if (!entry.period) throw new Error("restricted() has a period");
  return {
    entry: {
      ...entry,
      representative: REPRESENTATIVE,
      period: {
        ...entry.period,
        notice: {
          kind: "notNotified",
          reason: "Telling him would put the housing officer at risk.",
          decidedBy: AD,
          decidedOn: date("2026-11-02"),
        },
      },
      review: {
        status: "pending",
        requestedOn: date("2026-11-15"),
        by: "customer",
        grounds: "My contact has been polite since October.",
      },
      appeal: {
        status: "passed",
        lodgedOn: date("2026-11-05"),
        grounds: "The emails were about a real leak.",
        passedOn: date("2026-11-12"),
        passedBy: HELPDESK,
        information: ["The decision papers", "Repair log for the flat"],
      },
    },
    file,
  };
}

async function seeded() {
  const store = new MemoryCaseStore();
  const record = richCase();
  store.seed(record.entry, record.file, [
    { address: CUSTOMER, ref: REF, kind: "customer" },
    { address: REPRESENTATIVE.email, ref: REF, kind: "representative" },
  ]);
  await store.logContact({
    clientId: "c1",
    ref: REF,
    at: new Date("2026-11-10T10:15:00Z"),
    channel: "email",
    direction: "inbound",
    from: CUSTOMER,
    to: [NEIGHBOUR],
    staff: HELPDESK.email,
    subject: "Leak again",
    verdict: "outsideTerms",
    reasons: ["notToSpoc"],
  });
  await store.appendEvent({
    ref: REF,
    at: new Date("2026-11-20T15:00:00Z"),
    actor: DIRECTOR,
    action: "appealNoted",
    summary: "The director noted the appeal.",
    detail: { note: "Ask the repairs team for dates.", count: 3, urgent: false },
  });
  const documents = new MemoryCaseDocuments();
  await documents.store({
    ref: REF,
    folder: "correspondence",
    title: "2026-11-10 Leak again",
    extension: "eml",
    contentType: "message/rfc822",
    content: new TextEncoder().encode("Subject: Leak again\r\n\r\nIt leaks."),
    key: "message <leak@example.org>",
    existing: "any",
  });
  return {
    store,
    documents,
    deps: {
      store,
      documents,
      clock: { now: () => noonOn("2026-11-28") },
      config: PORTSMOUTH_POLICY,
    },
  };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every value in the JSON, as the readable text must show it. */
function expectedForms(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(expectedForms);
  if (value !== null && typeof value === "object")
    return Object.values(value).flatMap(expectedForms);
  if (typeof value === "number") return [String(value)];
  if (typeof value === "boolean") return [value ? "yes" : "no"];
  if (typeof value !== "string") return [];
  if (INSTANT.test(value)) return [formatLongDate(localDateOf(new Date(value), "Europe/London"))];
  if (DAY.test(value)) return [formatLongDate(value as LocalDate)];
  return [value];
}

describe("the readable subject access document", () => {
  it("holds every value the JSON holds", async () => {
    const { deps } = await seeded();
    const built = await buildSubjectAccess(deps, [REF], { receivedOn: date("2026-11-20") });
    if (!built) throw new Error("case not found");
    const forms = expectedForms(built.json);
    expect(forms.length).toBeGreaterThan(100);
    const missing = forms.filter((form) => !built.text.includes(form));
    expect(missing).toEqual([]);
  });

  it("words the decision not to tell, the review and the appeal with their reasons and grounds", async () => {
    const { deps } = await seeded();
    const built = await buildSubjectAccess(deps, [REF], { receivedOn: date("2026-11-20") });
    const text = built?.text ?? "";
    expect(text).toContain(
      "Told of the restrictions: not told, decided by Alex Reed (assistant director of corporate services) on Monday 2 November 2026: Telling him would put the housing officer at risk.",
    );
    expect(text).toMatch(
      /Review \(5\.2\.6\)\n-+\nAsked for on: Sunday 15 November 2026\nAsked for by: the customer\nGrounds: My contact has been polite since October\./,
    );
    expect(text).toMatch(
      /Appeal \(5\.2\.7\)\n-+\nReceived on: Thursday 5 November 2026\nGrounds: The emails were about a real leak\./,
    );
    expect(text).toContain("Information passed: The decision papers; Repair log for the flat");
  });

  it("gives Article 15's information from the configuration, and the deadline", async () => {
    const { deps } = await seeded();
    const config = {
      ...PORTSMOUTH_POLICY,
      subjectAccessInformation: {
        ...PORTSMOUTH_POLICY.subjectAccessInformation,
        source: "From you and from the officers who dealt with you (Exampleshire).",
      },
    };
    const built = await buildSubjectAccess({ ...deps, config }, [REF], {
      receivedOn: date("2027-01-31"),
    });
    const text = built?.text ?? "";
    for (const heading of [
      "About this information (UK GDPR Article 15)",
      "Why we hold this information",
      "Our lawful basis",
      "Who we share it with",
      "How long we keep it",
      "Where the information came from",
      "Your other rights",
      "Your right to complain",
      "Checks made by computer",
    ]) {
      expect(text).toContain(`${heading}\n`);
    }
    expect(text).toContain("From you and from the officers who dealt with you (Exampleshire).");
    expect(text).toMatch(/rectif|correct/);
    expect(text).toContain("Information Commissioner");
    // 31 January: one month later is the last day of February (Art. 12(3), ICO guidance).
    expect(text).toContain("the law asks us to respond by Sunday 28 February 2027");
  });

  it("keeps the staff instructions and the third-party items out of the document for release", async () => {
    const { deps } = await seeded();
    const built = await buildSubjectAccess(deps, [REF], { receivedOn: date("2026-11-20") });
    if (!built) throw new Error("case not found");
    expect(built.text).not.toMatch(/FOR STAFF|Before release|\[ \] redact|exemption/i);
    const notes = built.staffNotes;
    expect(notes).toContain("FOR STAFF ONLY: NOT FOR RELEASE");
    expect(notes).toContain("Respond by: Sunday 20 December 2026");
    // Item by item: the representative, another person written to, and each member of staff.
    expect(notes).toMatch(
      /Representative: Robin Advocate <robin@advice\.example>\n-+\n- \[ \] release {2}\[ \] redact {3}Register › Representative/,
    );
    expect(notes).toMatch(
      /Other person: pat\.neighbour@example\.net\n-+\n- \[ \] release {2}\[ \] redact {3}Contacts 1 › To 1/,
    );
    expect(notes).toContain("Member of staff: Alex Reed <");
    // The SPOC holds a staff place, though the data gives them no role and another domain.
    expect(notes).toMatch(
      /Member of staff: Priya Shah <priya\.shah@portsmouthcc\.gov\.uk>\n-+\n- \[ \] release {2}\[ \] redact {3}Register › Spoc/,
    );
    expect(notes).not.toContain("Other person: Priya Shah");
    expect(notes).toMatch(
      /Member of staff: Dana Moss <[^>]+>\n-+\n- \[ \] release {2}\[ \] redact {3}Events \d+ › Actor/,
    );
    expect(notes).toContain("Register › Appeal › Grounds");
    expect(notes).toContain("Register › Period › Notice › Reason");
    expect(notes).toMatch(
      /Documents: read each for other people\n=+\n- \[ \] release {2}\[ \] redact {3}2026-11-10 Leak again/,
    );
    // The customer is the subject, not a third party.
    expect(notes).not.toContain("jo.bloggs@example.org");
  });

  it("records the request date, the deadline and what was released, without personal data", async () => {
    const { deps, store } = await seeded();
    const result = await exportSubjectAccess(deps, HELPDESK, [REF], {
      receivedOn: date("2026-11-20"),
    });
    expect(result.ok).toBe(true);
    const [opened, exported] = store.events.slice(-2);
    expect(opened).toMatchObject({
      action: "sar-opened",
      detail: { receivedOn: "2026-11-20", dueBy: "2026-12-20" },
    });
    expect(exported).toMatchObject({
      action: "subjectAccessExported",
      detail: {
        receivedOn: "2026-11-20",
        dueBy: "2026-12-20",
        released: { registerEntries: 1, addresses: 2, contacts: 1, documents: 1 },
      },
    });
    const recorded = JSON.stringify(exported);
    for (const personal of ["Bloggs", "jo.bloggs", "Robin", "Leak"]) {
      expect(recorded).not.toContain(personal);
    }
    // A second export for the same request opens nothing new.
    await exportSubjectAccess(deps, HELPDESK, [REF], { receivedOn: date("2026-11-20") });
    expect(store.events.filter((e) => e.action === "sar-opened")).toHaveLength(1);
  });
});
