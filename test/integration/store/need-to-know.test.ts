/**
 * Need to know, enforced where the data lives (docs/decisions.md): against the emulator over
 * HTTPS, a frontline token is refused every list that holds reasons, grounds, step one, ended
 * cases or retention, and reads only the copy of the restrictions in force, which the add-in
 * keeps in step with every change a manager makes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reindexCases } from "../../../src/app/reindex";
import { frontlineEntry } from "../../../src/domain/needToKnow";
import type { CaseRef, RegisterEntry, RestrictionPeriod } from "../../../src/domain/types";
import { columnNames, SCHEMA } from "../../../src/graph/schema";
import {
  address,
  AWAITING_NOTICE_ENTRY,
  CASE_FILE,
  date,
  JORDAN as JORDAN_ACTOR,
  REF,
  RESTRICTED_ENTRY,
  STEP_ONE_ENTRY,
} from "../../../src/graph/testing/samples";
import { ADMIN, ALEX, JORDAN, PRIYA, startStoreEmulator, type StoreFixture } from "./fixture";

const ZOE = address("zoe@example.org");
const SAM = address("sam.patel@advocacy.example");

/** Columns that only deciding roles need: none may reach a frontline token. */
const MANAGERS_ONLY = [
  "Stage",
  "Arrangement",
  "ArrangementSummary",
  "NoticeStatus",
  "NotifiedOn",
  "NoticeMethod",
  "NoticeGivenBy",
  "NotNotifiedReason",
  "NotNotifiedByName",
  "CustomerReviewRequests",
  "ReviewStatus",
  "ReviewRequestedOn",
  "ReviewRequestedBy",
  "ReviewGrounds",
  "ReviewDetail",
  "AppealStatus",
  "AppealLodgedOn",
  "AppealGrounds",
  "AppealDetail",
  "AppealOutcome",
  "EndedOn",
  "ClosedOn",
  "RetainUntil",
];

function periodOf(entry: RegisterEntry): RestrictionPeriod {
  if (!entry.period) throw new Error(`${entry.ref} has no period`);
  return entry.period;
}

const listUrl = (f: StoreFixture, title: string) =>
  `/sites/${f.emu.siteId}/lists/${encodeURIComponent(title)}`;

async function status(f: StoreFixture, upn: string, path: string): Promise<number> {
  try {
    await f.clientFor(upn).api(path).get();
    return 200;
  } catch (e) {
    return (e as { statusCode?: number }).statusCode ?? 0;
  }
}

async function frontlineRefs(f: StoreFixture): Promise<CaseRef[]> {
  const page = (await f
    .clientFor(ALEX)
    .api(`${listUrl(f, SCHEMA.inForce.title)}/items?$expand=fields&$top=5000`)
    .get()) as { value: { fields: Record<string, unknown> }[] };
  return page.value.map((i) => i.fields["Title"] as CaseRef).sort();
}

describe("need to know against the emulator", () => {
  let f: StoreFixture;
  beforeAll(async () => {
    f = await startStoreEmulator();
  });
  afterAll(() => f.stop());

  describe("what a frontline token may read", () => {
    beforeAll(async () => {
      await f.storeFor(PRIYA).createCase(
        {
          entry: RESTRICTED_ENTRY,
          file: CASE_FILE,
          addresses: [
            { address: ZOE, kind: "customer" },
            { address: SAM, kind: "representative" },
          ],
        },
        JORDAN_ACTOR,
      );
    });

    it.each([
      SCHEMA.register.title,
      SCHEMA.addresses.title,
      SCHEMA.nameIndex.title,
      SCHEMA.caseFiles.title,
      SCHEMA.caseEvents.title,
    ])("is refused %s, its items, columns and changes (403)", async (title) => {
      for (const path of [
        listUrl(f, title),
        `${listUrl(f, title)}/items?$expand=fields`,
        `${listUrl(f, title)}/columns`,
        `${listUrl(f, title)}/items/delta`,
      ]) {
        expect(await status(f, ALEX, path), path).toBe(403);
      }
      // A manager reads it: the refusal is the boundary, not a missing list.
      expect(await status(f, JORDAN, `${listUrl(f, title)}/items`)).toBe(200);
    });

    it.each([SCHEMA.inForce.title, SCHEMA.inForceAddresses.title])("reads %s", async (title) => {
      expect(await status(f, ALEX, `${listUrl(f, title)}/items?$expand=fields`)).toBe(200);
    });

    it("finds no column on its lists that only deciding roles need, in the schema or the data", async () => {
      const columns = (await f
        .clientFor(ALEX)
        .api(`${listUrl(f, SCHEMA.inForce.title)}/columns`)
        .get()) as { value: { name: string }[] };
      const names = columns.value.map((c) => c.name);
      expect(names).toEqual(expect.arrayContaining(["Title", "Terms", "SpocName"]));
      for (const column of MANAGERS_ONLY) expect(names).not.toContain(column);
      const items = (await f
        .clientFor(ALEX)
        .api(`${listUrl(f, SCHEMA.inForce.title)}/items?$expand=fields`)
        .get()) as { value: { fields: Record<string, unknown> }[] };
      const text = JSON.stringify(items.value);
      // The sample's reason for not telling, review and appeal grounds stay on the register.
      expect(text).not.toContain("Contact could incite further behaviour");
      expect(text).not.toContain("Circumstances changed");
      expect(text).not.toContain("Disagrees with the decision");
      expect(text).not.toContain("2032-09-29");
      expect(text).toContain("One email a week to Priya Shah");
    });

    it("is refused a write to the copy (read only)", async () => {
      await expect(
        f
          .clientFor(ALEX)
          .api(`${listUrl(f, SCHEMA.inForce.title)}/items`)
          .post({ fields: { Title: "UCB-2026-FAKE00" } }),
      ).rejects.toMatchObject({ statusCode: 403 });
    });

    it("checks a restricted sender at today's cost: one lookup and one $batch", async () => {
      const alex = f.storeFor(ALEX);
      f.emu.requests.clear();
      const [match] = await alex.lookupAddresses([ZOE]);
      expect(match).toEqual({ address: ZOE, ref: REF, kind: "customer" });
      const read = await alex.getCaseForEvaluation(REF, new Date("2026-06-01T00:00:00Z"));
      expect(read?.entry.value).toEqual(frontlineEntry(RESTRICTED_ENTRY));
      expect(f.emu.requests.filter((r) => r.batchEntryId === undefined)).toHaveLength(2);
      expect(f.emu.requests.every((r) => r.status === 200)).toBe(true);
    });
  });

  describe("the copy kept in step with each change of stage", () => {
    const ref = "UCB-2026-STEP01" as CaseRef;
    const kim = address("kim@example.org");
    const base: RegisterEntry = { ...STEP_ONE_ENTRY, ref };

    beforeEach(async () => {
      const existing = await f.storeFor(JORDAN).getRegisterEntry(ref);
      if (existing) await f.storeFor(ADMIN).deleteCase(ref);
    });

    async function update(change: (e: RegisterEntry) => RegisterEntry): Promise<void> {
      const store = f.storeFor(PRIYA);
      const read = await store.getRegisterEntry(ref);
      if (!read) throw new Error("case missing");
      await store.updateRegisterEntry(change(read.value), read.etag);
    }

    async function seen(): Promise<{ found: boolean; entry: RegisterEntry | null }> {
      const alex = f.storeFor(ALEX);
      const found = (await alex.lookupAddresses([kim])).some((a) => a.ref === ref);
      const entry = (await alex.getRegisterEntry(ref))?.value ?? null;
      return { found, entry };
    }

    it("shows nothing of step one, then the restrictions once imposed and told, then nothing once ended", async () => {
      await f.storeFor(PRIYA).createCase(
        {
          entry: base,
          file: { ...CASE_FILE, ref },
          addresses: [{ address: kim, kind: "customer" }],
        },
        JORDAN_ACTOR,
      );
      expect(await seen()).toEqual({ found: false, entry: null });

      // Decided, not yet told: not binding (5.2.4), so not on frontline staff's copy yet.
      const decided: RegisterEntry = {
        ...RESTRICTED_ENTRY,
        ref,
        customerName: base.customerName,
        period: { ...periodOf(AWAITING_NOTICE_ENTRY), number: 1 },
        superseded: undefined,
      };
      await update(() => decided);
      expect(await seen()).toEqual({ found: false, entry: null });

      // Told: on the copy, with the terms and SPOC, and nothing of the review or appeal.
      const told: RegisterEntry = {
        ...decided,
        period: {
          ...periodOf(decided),
          notice: {
            kind: "notified",
            on: date("2026-05-06"),
            at: new Date("2026-05-06T09:00:00Z"),
          },
        },
      };
      await update(() => told);
      const shown = await seen();
      expect(shown.found).toBe(true);
      expect(shown.entry).toEqual(frontlineEntry(told));
      expect(shown.entry?.review).toEqual({ status: "none" });
      expect(shown.entry?.retainUntil).toBeUndefined();

      // Ended: gone from the copy, its address too.
      await update((e) => ({ ...e, stage: "ended", endedOn: date("2026-09-29") }));
      expect(await seen()).toEqual({ found: false, entry: null });
      expect(await frontlineRefs(f)).not.toContain(ref);
    });

    it("shows immediate action at once, and a new address of a case in force", async () => {
      const immediate: RegisterEntry = {
        ...RESTRICTED_ENTRY,
        ref,
        period: {
          ...periodOf(RESTRICTED_ENTRY),
          origin: "immediate",
          notice: { kind: "notRequired" },
        },
      };
      await f
        .storeFor(JORDAN)
        .createCase({ entry: immediate, file: { ...CASE_FILE, ref }, addresses: [] }, JORDAN_ACTOR);
      expect((await seen()).entry?.period?.origin).toBe("immediate");
      expect((await seen()).found).toBe(false);
      await f.storeFor(PRIYA).addAddress({ address: kim, ref, kind: "customer" });
      expect((await seen()).found).toBe(true);
    });

    it("shows a change not yet told as the terms the customer was told of, without its reason", async () => {
      await f.storeFor(PRIYA).createCase(
        {
          entry: { ...AWAITING_NOTICE_ENTRY, ref },
          file: { ...CASE_FILE, ref },
          addresses: [{ address: kim, kind: "customer" }],
        },
        JORDAN_ACTOR,
      );
      const { entry } = await seen();
      expect(entry?.terms).toEqual(AWAITING_NOTICE_ENTRY.superseded?.terms);
      expect(entry?.period?.number).toBe(2);
      expect(JSON.stringify(entry)).not.toContain("Read aloud at home visit");
    });

    it("is removed with the case when it is destroyed", async () => {
      await f.storeFor(PRIYA).createCase(
        {
          entry: { ...RESTRICTED_ENTRY, ref },
          file: { ...CASE_FILE, ref },
          addresses: [{ address: kim, kind: "customer" }],
        },
        JORDAN_ACTOR,
      );
      expect((await seen()).found).toBe(true);
      await f.storeFor(ADMIN).deleteCase(ref);
      expect(await seen()).toEqual({ found: false, entry: null });
    });

    it("is repaired by npm run reindex when the copy was lost or never made", async () => {
      await f.storeFor(PRIYA).createCase(
        {
          entry: { ...RESTRICTED_ENTRY, ref },
          file: { ...CASE_FILE, ref },
          addresses: [{ address: kim, kind: "customer" }],
        },
        JORDAN_ACTOR,
      );
      // As after an upgrade: nothing on the copy.
      const admin = f.clientFor(ADMIN);
      for (const title of [SCHEMA.inForceAddresses.title, SCHEMA.inForce.title]) {
        const page = (await admin.api(`${listUrl(f, title)}/items`).get()) as {
          value: { id: string }[];
        };
        for (const item of page.value)
          await admin.api(`${listUrl(f, title)}/items/${item.id}`).delete();
      }
      expect((await seen()).found).toBe(false);
      const report = await reindexCases(f.storeFor(JORDAN));
      expect(report.failed).toEqual([]);
      expect((await seen()).found).toBe(true);
      expect(await frontlineRefs(f)).toContain(ref);
    });
  });

  it("lets frontline staff find only cases in force, by name, reference and address", async () => {
    const alex = f.storeFor(ALEX);
    const results = await alex.searchCases("o'brien");
    expect(results.every((r) => r.stage === "restricted")).toBe(true);
    expect(results.map((r) => r.ref)).toContain(REF);
    expect((await alex.searchCases(REF.toLowerCase())).map((r) => r.ref)).toEqual([REF]);
    expect((await alex.searchCases("zoe@example.org")).map((r) => r.ref)).toEqual([REF]);
    // A step-one customer is not found by frontline staff; a manager finds them.
    const hart = "UCB-2026-HART01" as CaseRef;
    await f.storeFor(PRIYA).createCase(
      {
        entry: { ...STEP_ONE_ENTRY, ref: hart },
        file: { ...CASE_FILE, ref: hart },
        addresses: [],
      },
      JORDAN_ACTOR,
    );
    expect(await alex.searchCases("hart")).toEqual([]);
    expect((await f.storeFor(PRIYA).searchCases("hart")).map((r) => r.ref)).toEqual([hart]);
    expect(columnNames("inForce")).not.toContain("CustomerNameKey");
  });
});
