import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runRetention } from "../../../scripts/retention";
import { sharePointFor } from "../../../scripts/emulator-in-process";
import { placeHold, releaseHold, type RetentionDeps } from "../../../src/app/retention";
import { PORTSMOUTH_POLICY } from "../../../src/domain/config";
import { SAR_OPENED } from "../../../src/domain/retention";
import { SharePointCaseCopies } from "../../../src/graph/case-copies";
import { ListApi } from "../../../src/graph/list-api";
import { listTitles } from "../../../src/graph";
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

  const depsFor = (upn: string): RetentionDeps => ({
    store: f.storeFor(upn),
    documents: f.documentsFor(upn),
    config: PORTSMOUTH_POLICY,
    copies: new SharePointCaseCopies({
      api: new ListApi(f.clientFor(upn), f.site),
      sp: sharePointFor(f.emu, upn),
      titles: listTitles(),
      timeZone: PORTSMOUTH_POLICY.timeZone,
    }),
  });

  /** 1 January 2033, 09:00 UK time: DUE's last day (31 December 2032) has passed. */
  const NEW_YEAR_2033 = () => new Date("2033-01-01T09:00:00Z");

  const run = (
    destroy: boolean,
    lines: string[] = [],
    options: { asOf?: string; now?: () => Date; as?: string } = {},
  ) =>
    runRetention({
      deps: depsFor(options.as ?? HELPDESK.email),
      ...(options.asOf ? { asOf: date(options.asOf) } : {}),
      destroy,
      actor: HELPDESK,
      now: options.now ?? NEW_YEAR_2033,
      log: (l) => lines.push(l),
    });

  const sp = (upn: string) => sharePointFor(f.emu, upn);
  type Bin = { Id: string; ItemState: number; Title: string; LeafName: string; DirName: string }[];

  it("reports every case with its state, no personal data, and a dry run changes nothing", async () => {
    const before = await itemsOf(f, DUE);
    const lines: string[] = [];
    const result = await run(false, lines);
    expect(result.ok).toBe(true);
    const text = lines.join("\n");
    expect(text).toContain(`${DUE}  ended       due: kept until Friday 31 December 2032`);
    expect(text).toContain("1 document");
    expect(text).toContain(`${KEPT}  ended       kept until Saturday 1 January 2033`);
    expect(text).not.toMatch(/Jo Bloggs|example\.org/);
    expect(text).toMatch(/Dry run: nothing was deleted/);
    expect(await itemsOf(f, DUE)).toEqual(before);
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

  it("refuses --destroy with a date after today, and changes nothing", async () => {
    const before = await itemsOf(f, DUE);
    // 1 December 2026, asked to destroy as of 2033: the incident this guards against.
    const result = await run(true, [], {
      asOf: "2033-01-01",
      now: () => new Date("2026-12-01T10:00:00Z"),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/is in the future, so nothing was destroyed/);
    expect(await itemsOf(f, DUE)).toEqual(before);
    expect(await f.documentsFor(HELPDESK.email).list(DUE)).toHaveLength(1);
  });

  it("never destroys a case whose last day has not passed today, whatever --as-of says", async () => {
    // Today is 1 January 2033: KEPT's last day. An earlier as-of only narrows.
    const early = await run(true, [], { asOf: "2032-06-01" });
    expect(early.ok && early.run?.destroyed).toEqual([]);
    const today = await run(true);
    expect(today.ok && today.run?.destroyed.map((d) => d.ref)).toEqual([DUE]);
    expect((await itemsOf(f, KEPT))["UCB Register"]).toBe(1);
  });

  it("refuses while a subject access request or a hold is open, and destroys once they close", async () => {
    const deps = depsFor(HELPDESK.email);
    await deps.store.appendEvent({
      ref: DUE,
      at: new Date("2032-12-30T10:00:00Z"),
      actor: HELPDESK,
      action: SAR_OPENED,
      summary: "Request received.",
      detail: {},
    });
    const lines: string[] = [];
    const withSar = await run(true, lines);
    expect(withSar.ok && withSar.run?.destroyed).toEqual([]);
    expect((await itemsOf(f, DUE))["UCB Register"]).toBe(1);
    await run(false, lines);
    expect(lines.join("\n")).toContain(
      `${DUE}  ended       subject access request open since Thursday 30 December 2032`,
    );

    await deps.store.appendEvent({
      ref: DUE,
      at: new Date("2032-12-31T10:00:00Z"),
      actor: HELPDESK,
      action: "sar-closed",
      summary: "Answered.",
      detail: {},
    });
    const held = await placeHold(
      deps,
      DUE,
      "Claim issued in the county court",
      HELPDESK,
      new Date("2032-12-31T11:00:00Z"),
    );
    expect(held.ok).toBe(true);
    expect((await placeHold(deps, DUE, "again", HELPDESK, new Date())).ok).toBe(false);
    expect((await placeHold(deps, DUE, "  ", HELPDESK, new Date())).ok).toBe(false);
    const whileHeld = await run(true);
    expect(whileHeld.ok && whileHeld.run?.destroyed).toEqual([]);
    expect((await itemsOf(f, DUE))["UCB Register"]).toBe(1);

    expect(
      (await releaseHold(deps, DUE, "Claim settled", HELPDESK, new Date("2033-01-01T08:00:00Z")))
        .ok,
    ).toBe(true);
    expect((await releaseHold(deps, DUE, "Claim settled", HELPDESK, new Date())).ok).toBe(false);
    // The request closed on 31 December 2032: its log is kept two years, and the case with it.
    const afterRelease = await run(true);
    expect(afterRelease.ok && afterRelease.run?.destroyed).toEqual([]);
    const later = await run(true, [], { now: () => new Date("2035-01-02T09:00:00Z") });
    expect(later.ok && later.run?.destroyed.map((d) => d.ref)).toEqual([DUE, KEPT]);
  });

  it("--destroy removes the case, its versions and its recycle-bin copies, and records it without personal data", async () => {
    // A second version of the register entry, and a register entry of DUE deleted earlier by hand.
    const store = f.storeFor(HELPDESK.email);
    const current = await store.getRegisterEntry(DUE);
    if (!current) throw new Error("seeded case missing");
    await store.updateRegisterEntry(
      { ...current.value, serviceArea: "Housing repairs" },
      current.etag,
    );
    const registerTitle = listTitles().register;
    const [registerItem] = await sp(HELPDESK.email)
      .web.lists.getByTitle(registerTitle)
      .items.filter(`Title eq '${DUE}'`)<{ Id: number }[]>();
    const versionsBefore = await sp(HELPDESK.email)
      .web.lists.getByTitle(registerTitle)
      .items.getById(registerItem?.Id ?? 0)
      .versions<unknown[]>();
    expect(versionsBefore.length).toBeGreaterThanOrEqual(2);

    const lines: string[] = [];
    const result = await run(true, lines);
    const destroyed = result.ok ? (result.run?.destroyed ?? []) : [];
    expect(destroyed).toHaveLength(1);
    const d = destroyed[0];
    expect(d).toMatchObject({
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
      basis: { rule: "restrictionsEnded", until: "2032-12-31" },
    });
    expect(d?.copies?.versionsDeleted).toBeGreaterThanOrEqual(1);
    expect(await f.documentsFor(HELPDESK.email).list(DUE)).toEqual([]);
    expect(await itemsOf(f, DUE)).toEqual(Object.fromEntries(LISTS.map((l) => [l, 0])));
    expect((await itemsOf(f, KEPT))["UCB Register"]).toBe(1);

    // The items went for good; the documents' folder went through Graph to the bin, and the
    // helpdesk manager (Contribute) could move it only to the second stage: said, with the date.
    const firstStage = await sp(HELPDESK.email).web.recycleBin<Bin>();
    expect(firstStage.filter((e) => e.Title === DUE || e.DirName.includes(DUE))).toEqual([]);
    expect(d?.copies?.remaining).toHaveLength(1);
    expect(d?.copies?.remaining[0]).toMatchObject({ where: "secondStage", items: 1 });
    expect(d?.copies?.remaining[0]?.howToPurge).toContain(`--purge-copies ${DUE}`);
    expect(lines.join("\n")).toMatch(/REMAINS: 1 copies in the second-stage recycle bin until/);
    const owner = ADMIN;
    const secondStage = await sp(owner).site.recycleBin<Bin>();
    expect(
      secondStage.filter((e) => e.LeafName === DUE || e.DirName.split("/").includes(DUE)),
    ).toHaveLength(1);
    // Nothing of the case's list items is in either stage.
    expect(secondStage.filter((e) => /_\.000$/.test(e.LeafName))).toEqual([]);

    // A site owner purges what remains.
    const purged = await depsFor(owner).copies?.afterDeletion({
      ref: DUE,
      items: [],
      versionsDeleted: 0,
    });
    expect(purged).toEqual({ versionsDeleted: 0, recycleBinPurged: 1, remaining: [] });
    expect(
      (await sp(owner).site.recycleBin<Bin>()).filter(
        (e) => e.DirName.split("/").includes(DUE) || e.LeafName === DUE,
      ),
    ).toEqual([]);

    const records = (await items(f, "UCB Case Events")).filter(
      (i) => i.fields["Title"] === "caseDestroyed",
    );
    expect(records).toHaveLength(1);
    const record = records[0]?.fields ?? {};
    expect(record["CaseRef"] ?? null).toBeNull();
    const detail = JSON.parse(String(record["Detail"])) as Record<string, unknown>;
    expect(detail).toMatchObject({
      ref: DUE,
      rule: "restrictionsEnded",
      endedOrClosedOn: "2026-12-31",
      retainUntil: "2032-12-31",
      destroyedOn: "2033-01-01",
      asOf: "2033-01-01",
      destroyedBy: HELPDESK.email,
      documents: 1,
    });
    expect(String(record["Summary"])).toContain(
      `destroyed on Saturday 1 January 2033 by ${HELPDESK.name}: kept until Friday 31 December 2032`,
    );
    const text = JSON.stringify(record);
    for (const personal of [
      "Jo Bloggs",
      CUSTOMER,
      "Repairs to the bathroom",
      "Priya Shah",
      "Housing",
    ]) {
      expect(text).not.toContain(personal);
    }

    const again = await run(true);
    expect(again.ok && again.run?.destroyed).toEqual([]);
    expect(
      (await items(f, "UCB Case Events")).filter((i) => i.fields["Title"] === "caseDestroyed"),
    ).toHaveLength(1);
  });

  it("Graph's delete recycles an item with its versions; the first stage's DeleteObject moves it to the second", async () => {
    const client = f.clientFor(HELPDESK.email);
    const list = encodeURIComponent(listTitles().addresses);
    const page = (await client
      .api(`/sites/${f.emu.siteId}/lists/${list}/items?$expand=fields&$top=50`)
      .get()) as { value: { id: string; fields: Record<string, unknown> }[] };
    const item = page.value.find((i) => i.fields["CaseRef"] === KEPT);
    if (!item) throw new Error("address missing");
    await client.api(`/sites/${f.emu.siteId}/lists/${list}/items/${item.id}`).delete();
    const bin = (await sp(HELPDESK.email).web.recycleBin<Bin>()).filter(
      (e) => e.LeafName === `${item.id}_.000`,
    );
    expect(bin).toHaveLength(1);
    expect(bin[0]?.ItemState).toBe(1);
    // Someone else's deletions are not in a Contribute user's first stage.
    expect(await sp("priya.shah@council.example").web.recycleBin<Bin>()).toEqual([]);
    await sp(HELPDESK.email)
      .web.recycleBin.getById(bin[0]?.Id ?? "")
      .delete();
    expect(
      (await sp(HELPDESK.email).web.recycleBin<Bin>()).filter(
        (e) => e.LeafName === `${item.id}_.000`,
      ),
    ).toEqual([]);
    // The second stage is for site owners only.
    await expect(sp(HELPDESK.email).site.recycleBin()).rejects.toMatchObject({ status: 403 });
    const second = (await sp(ADMIN).site.recycleBin<Bin>()).filter(
      (e) => e.LeafName === `${item.id}_.000`,
    );
    expect(second).toEqual([expect.objectContaining({ ItemState: 2 })]);
  });
});
