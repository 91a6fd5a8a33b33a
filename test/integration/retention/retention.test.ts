import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runRetention } from "../../../scripts/retention";
import { parseCaseRef } from "../../../src/domain/caseRef";
import { restricted } from "../../../src/domain/testScenario";
import { CUSTOMER, date } from "../../../src/domain/testFixtures";
import type { CaseRecord, CaseRef } from "../../../src/domain/types";
import { HELPDESK, seedCase } from "../decisions/support";
import { ADMIN, startStoreEmulator, type StoreFixture } from "../store/fixture";

const LISTS = [
  "UCB Register",
  "UCB Addresses",
  "UCB Contacts",
  "UCB Case Files",
  "UCB Case Events",
  "UCB Name Index",
];

function refOf(text: string): CaseRef {
  const parsed = parseCaseRef(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const DUE = refOf("UCB-2026-00000A");
const KEPT = refOf("UCB-2026-00000B");

function endedCase(ref: CaseRef, retainUntil: string): CaseRecord {
  const base = restricted();
  return {
    entry: {
      ...base.entry,
      ref,
      stage: "ended",
      endedOn: date("2026-12-31"),
      retainUntil: date(retainUntil),
    },
    file: { ...base.file, ref },
  };
}

type Item = { fields: Record<string, unknown> };

async function items(f: StoreFixture, list: string): Promise<Item[]> {
  const page = (await f
    .clientFor(ADMIN)
    .api(`/sites/${f.emu.siteId}/lists/${encodeURIComponent(list)}/items?$expand=fields&$top=5000`)
    .get()) as { value: Item[] };
  return page.value;
}

async function itemsOf(f: StoreFixture, ref: CaseRef): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const list of LISTS) {
    counts[list] = (await items(f, list)).filter(
      (i) => i.fields["Title"] === ref || i.fields["CaseRef"] === ref,
    ).length;
  }
  return counts;
}

describe("npm run retention against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
  });
  beforeEach(async () => {
    f.emu.reset();
    const store = f.storeFor(HELPDESK.email);
    for (const [ref, until] of [
      [DUE, "2032-12-31"],
      [KEPT, "2033-01-01"],
    ] as const) {
      await seedCase(f, endedCase(ref, until));
      await store.logContact({
        clientId: `contact-${ref}`,
        ref,
        at: new Date("2026-11-10T10:00:00Z"),
        channel: "email",
        direction: "inbound",
        from: CUSTOMER,
        to: [],
        staff: HELPDESK.email,
        subject: "Repairs to the bathroom",
        verdict: "withinTerms",
        reasons: [],
      });
      await f.documentsFor(HELPDESK.email).store({
        ref,
        folder: "letters",
        title: "2026-11-02 Restrictions on your contact with the council",
        extension: "pdf",
        contentType: "application/pdf",
        content: new TextEncoder().encode(`%PDF letter to Jo Bloggs, case ${ref}`),
        key: `notice ${ref}`,
        existing: "same",
      });
    }
  });
  afterAll(() => f.stop());

  const run = (destroy: boolean, lines: string[] = []) =>
    runRetention({
      store: f.storeFor(HELPDESK.email),
      documents: f.documentsFor(HELPDESK.email),
      asOf: date("2033-01-01"),
      destroy,
      actor: HELPDESK,
      now: () => new Date("2033-01-01T09:00:00Z"),
      log: (l) => lines.push(l),
    });

  it("reports only the case past its last day, with no personal data, and a dry run changes nothing", async () => {
    const before = await itemsOf(f, DUE);
    const lines: string[] = [];
    const result = await run(false, lines);
    expect(result.due.map((d) => d.ref)).toEqual([DUE]);
    expect(lines.join("\n")).toContain(
      `${DUE}  ended       kept until Friday 31 December 2032  1 document`,
    );
    expect(lines.join("\n")).not.toMatch(/Jo Bloggs|example\.org/);
    expect(lines.join("\n")).toMatch(/Dry run: nothing was deleted/);
    expect(await itemsOf(f, DUE)).toEqual(before);
    expect(await f.documentsFor(HELPDESK.email).list(DUE)).toHaveLength(1);
    expect(before).toEqual({
      "UCB Register": 1,
      "UCB Addresses": 1,
      "UCB Contacts": 1,
      "UCB Case Files": 1,
      "UCB Case Events": 1,
      // "Jo" and "Bloggs": one item per word of the name.
      "UCB Name Index": 2,
    });
  });

  it("--destroy deletes the case from all six lists and its documents, records it without personal data, and is idempotent", async () => {
    const { destroyed } = await run(true);
    expect(destroyed).toEqual([
      expect.objectContaining({
        ref: DUE,
        deleted: {
          contacts: 1,
          caseEvents: 1,
          addresses: 1,
          nameIndex: 2,
          caseFiles: 1,
          register: 1,
        },
        documents: 1,
        recorded: true,
      }),
    ]);
    expect(await f.documentsFor(HELPDESK.email).list(DUE)).toEqual([]);
    expect(await f.documentsFor(HELPDESK.email).list(KEPT)).toHaveLength(1);
    expect(await itemsOf(f, DUE)).toEqual(Object.fromEntries(LISTS.map((l) => [l, 0])));
    expect((await itemsOf(f, KEPT))["UCB Register"]).toBe(1);

    const records = (await items(f, "UCB Case Events")).filter(
      (i) => i.fields["Title"] === "caseDestroyed",
    );
    expect(records).toHaveLength(1);
    const record = records[0]?.fields ?? {};
    expect(record["CaseRef"] ?? null).toBeNull();
    expect(String(record["Detail"])).toContain(DUE);
    expect(JSON.parse(String(record["Detail"]))).toMatchObject({ documents: 1 });
    expect(String(record["Summary"])).toMatch(/7 items and 1 document deleted\.$/);
    const text = JSON.stringify(record);
    for (const personal of ["Jo Bloggs", CUSTOMER, "Repairs to the bathroom", "Priya Shah"]) {
      expect(text).not.toContain(personal);
    }

    const again = await run(true);
    expect(again.due).toEqual([]);
    expect(
      (await items(f, "UCB Case Events")).filter((i) => i.fields["Title"] === "caseDestroyed"),
    ).toHaveLength(1);
  });
});
