import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSar } from "../../../scripts/sar";
import { decideReview, startReview } from "../../../src/app/decisions";
import { restricted } from "../../../src/domain/testScenario";
import type { LocalDate } from "../../../src/domain/types";
import { CUSTOMER, REF } from "../../../src/domain/testFixtures";
import { AD, HELPDESK, asConsulted, depsFor, load, seedCase } from "../decisions/support";
import { startStoreEmulator, type StoreFixture } from "../store/fixture";

describe("npm run sar against the emulator", () => {
  let f: StoreFixture;
  let out: string;
  beforeAll(async () => {
    f = await startStoreEmulator();
    out = await mkdtemp(join(tmpdir(), "sar-"));
  });
  afterAll(async () => {
    await f.stop();
    await rm(out, { recursive: true, force: true });
  });

  it("writes everything held about the case as a readable document and as JSON", async () => {
    await seedCase(f, restricted());
    const deps = depsFor(f, HELPDESK, "2026-12-01");
    await startReview(deps, await load(deps.store, REF), HELPDESK, { grounds: "Fewer emails." });
    await decideReview(deps, await load(deps.store, REF), HELPDESK, {
      outcome: { kind: "keep" },
      consulted: [asConsulted(AD)],
      reasons: "Still several emails a day to different officers.",
    });
    await deps.store.logContact({
      clientId: "sar-contact",
      ref: REF,
      at: new Date("2026-11-10T10:00:00Z"),
      channel: "email",
      direction: "inbound",
      from: CUSTOMER,
      to: [],
      staff: HELPDESK.email,
      subject: "Bathroom repair",
      verdict: "withinTerms",
      reasons: [],
    });

    const kept = await f.documentsFor(HELPDESK.email).store({
      ref: REF,
      folder: "correspondence",
      title: "2026-11-10 Bathroom repair",
      extension: "eml",
      contentType: "message/rfc822",
      content: new TextEncoder().encode("Subject: Bathroom repair\r\n\r\nThe bath leaks."),
      key: "message <bath@example.org>",
      existing: "any",
    });
    const files = await runSar({
      store: f.storeFor(HELPDESK.email),
      documents: f.documentsFor(HELPDESK.email),
      refs: [REF],
      request: { receivedOn: "2026-11-30" as LocalDate },
      out,
      actor: HELPDESK,
      now: () => new Date("2026-12-02T12:00:00Z"),
    });
    expect(files.text).toBe(join(out, `${REF}-subject-access-2026-12-02.txt`));
    const text = await readFile(files.text, "utf8");
    expect(text).toContain("Name: Jo Bloggs");
    expect(text).toContain("jo.bloggs@example.org (customer)");
    expect(text).toContain(
      'Tuesday 10 November 2026, 10:00 (UK time): email from the customer, "Bathroom repair"',
    );
    expect(text).toContain("Reasons given: Still several emails a day to different officers.");
    expect(text).toContain("6. Letters");
    expect(text).toContain("We have decided to keep the restrictions as they are");

    // One response may hold several cases of one person: the data is under "cases".
    const whole = JSON.parse(await readFile(files.json, "utf8")) as Record<string, unknown>;
    const json = (whole["cases"] as Record<string, unknown>[])[0] ?? {};
    expect((json["contacts"] as unknown[]).length).toBe(1);
    expect((json["letters"] as unknown[]).length).toBe(1);
    expect((json["addresses"] as unknown[]).length).toBe(1);
    expect(json["caseFile"]).not.toBeNull();
    expect(text).toContain(`- Correspondence: ${kept.document.name}`);
    expect(files.documents).toEqual([
      join(out, `${REF}-subject-access-2026-12-02-documents`, "correspondence", kept.document.name),
    ]);
    expect(await readFile(files.documents[0] ?? "", "utf8")).toContain("The bath leaks.");

    const events = await f.storeFor(HELPDESK.email).listEvents(REF);
    expect(events.at(-1)?.action).toBe("subjectAccessExported");
    expect(events.at(-1)?.detail).toMatchObject({
      receivedOn: "2026-11-30",
      dueBy: "2026-12-30",
      released: { contacts: 1, letters: 1, addresses: 1, documents: 1 },
    });
    expect(JSON.stringify(events.at(-1))).not.toContain("Bloggs");
    expect(events.at(-2)).toMatchObject({
      action: "sar-opened",
      detail: { receivedOn: "2026-11-30", dueBy: "2026-12-30" },
    });
    const notes = await readFile(files.staffNotes, "utf8");
    expect(notes).toContain("FOR STAFF ONLY");
    expect(text).not.toContain("FOR STAFF ONLY");
    expect(text).not.toContain("Before release");
  });

  it("is refused to anyone but the city helpdesk manager", async () => {
    await expect(
      runSar({
        store: f.storeFor(AD.email),
        documents: f.documentsFor(AD.email),
        refs: [REF],
        out,
        actor: AD,
      }),
    ).rejects.toThrow(/Only the city helpdesk manager/);
  });
});
