import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { AD, HELPDESK, noonOn, restricted } from "../domain/testScenario";
import { REF } from "../domain/testFixtures";
import { harness } from "./decisions/testSupport";
import { decideReview, startReview } from "./decisions/review";
import { exportSubjectAccess } from "./subjectAccess";
import { parseCaseRef } from "../domain/caseRef";
import { MemoryCaseDocuments } from "../../test/fakes/memoryCaseDocuments";

async function exported(role: typeof HELPDESK) {
  const h = harness(restricted(), "2026-11-20");
  await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Contact has dropped." });
  const deps = {
    store: h.store,
    documents: new MemoryCaseDocuments(),
    clock: { now: () => noonOn("2026-11-28") },
    config: PORTSMOUTH_POLICY,
  };
  return { h, result: await exportSubjectAccess(deps, role, REF) };
}

describe("subject access export", () => {
  it("holds the register, addresses, case file, events and letters, readable and as JSON", async () => {
    const h = harness(restricted(), "2026-11-20");
    await startReview(h.deps, await h.load(), HELPDESK, { grounds: "Contact has dropped." });
    await decideReview(h.deps, await h.load(), HELPDESK, {
      outcome: { kind: "keep" },
      consulted: [{ name: AD.name, email: AD.email, role: AD.role }],
      reasons: "Still daily emails.",
    });
    const documents = new MemoryCaseDocuments();
    await documents.store({
      ref: REF,
      folder: "correspondence",
      title: "2026-11-10 Bathroom repair",
      extension: "eml",
      contentType: "message/rfc822",
      content: new TextEncoder().encode("Subject: Bathroom repair\r\n\r\nHello"),
      key: "message <m1@example.org>",
      existing: "any",
    });
    const deps = {
      store: h.store,
      documents,
      clock: { now: () => noonOn("2026-11-28") },
      config: PORTSMOUTH_POLICY,
    };
    const result = await exportSubjectAccess(deps, HELPDESK, REF);
    if (!result.ok) throw new Error(result.error.message);
    const { text, json, fileBaseName } = result.value;
    expect(fileBaseName).toBe("UCB-2026-7KQ2MX-subject-access-2026-11-28");
    for (const heading of [
      "1. The register entry (UCB Register)",
      "2. Email addresses held (UCB Addresses)",
      "3. The case file (UCB Case Files)",
      "4. Contacts logged (UCB Contacts)",
      "5. Decisions and actions (UCB Case Events)",
      "6. Letters",
      "7. Documents kept with the case (UCB Case Documents)",
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("Name: Jo Bloggs");
    expect(text).toContain("jo.bloggs@example.org (customer)");
    expect(text).toContain("Restrictions until: Sunday 31 January 2027");
    expect(text).toContain("Prepared Saturday 28 November 2026, 12:00 (UK time)");
    expect(text).toContain("Reasons given: Still daily emails.");
    expect(text).toContain("Dear Jo Bloggs,");
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    // One response may hold several cases of one person: the data is under "cases".
    const whole = JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
    const parsed = (whole["cases"] as Record<string, unknown>[])[0] ?? {};
    expect(parsed["ref"]).toBe(REF);
    expect((parsed["register"] as { customerName: string }).customerName).toBe("Jo Bloggs");
    expect((parsed["letters"] as unknown[]).length).toBe(1);
    expect(text).toMatch(
      /- Correspondence: 2026-11-10 Bathroom repair \([0-9a-f]{8}\)\.eml \(kept /,
    );
    const listed = parsed["documents"] as { folder: string; name: string }[];
    expect(listed.map((d) => d.folder)).toEqual(["correspondence"]);
    expect(listed[0]?.name).toMatch(/\.eml$/);
    expect(result.value.documents).toHaveLength(1);
    expect(h.store.events.at(-1)?.action).toBe("subjectAccessExported");
  });

  it("is for the city helpdesk manager only", async () => {
    const { h, result } = await exported(AD);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/Only the city helpdesk manager/);
    expect(h.store.events.some((e) => e.action === "subjectAccessExported")).toBe(false);
  });

  it("says when no case is held", async () => {
    const h = harness(restricted(), "2026-11-20");
    const other = parseCaseRef("UCB-2026-000009");
    if (!other.ok) throw new Error("bad ref");
    const deps = {
      store: h.store,
      documents: new MemoryCaseDocuments(),
      clock: { now: () => noonOn("2026-11-28") },
      config: PORTSMOUTH_POLICY,
    };
    const result = await exportSubjectAccess(deps, HELPDESK, other.value);
    expect(result.ok).toBe(false);
  });
});
