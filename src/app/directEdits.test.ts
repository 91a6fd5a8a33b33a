import { describe, expect, it } from "vitest";
import { MemoryCaseStore } from "../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { CUSTOMER, REF } from "../domain/testFixtures";
import { HELPDESK, restricted } from "../domain/testScenario";
import type { CaseRef } from "../domain/types";
import { AUDIT_GRACE_MS, findDirectEdits } from "./directEdits";
import { loadMyWork } from "./work/myWork";

const OTHER = "UCB-2026-BBBBBB" as CaseRef;
const t = (hhmmss: string) => new Date(`2026-11-20T${hhmmss}Z`);

function storeWith() {
  const store = new MemoryCaseStore();
  const { entry, file } = restricted();
  store.seed(entry, file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
  store.seed({ ...entry, ref: OTHER, customerName: "Sam Other" }, { ...file, ref: OTHER });
  return store;
}

function event(ref: CaseRef, at: Date) {
  return { ref, at, actor: HELPDESK, action: "reviewDecided", summary: "Decided.", detail: {} };
}

describe("changes made outside the add-in", () => {
  it("finds an item modified after its case's latest audit event, and not one the event covers", async () => {
    const store = storeWith();
    await store.appendEvent(event(REF, t("10:00:00")));
    await store.appendEvent(event(OTHER, t("10:00:00")));
    store.itemChanges.push(
      { ref: REF, list: "register", at: t("09:59:59") }, // the audited write itself
      { ref: OTHER, list: "caseFiles", at: t("10:00:30") }, // within the grace: written just after
      { ref: REF, list: "caseFiles", at: t("11:30:00") }, // edited in SharePoint
      { ref: REF, list: "caseFiles", at: t("11:00:00") },
    );
    const found = await findDirectEdits(store, t("00:00:00"));
    expect(found).toEqual([
      { ref: REF, changes: [{ list: "caseFiles", at: t("11:30:00") }], lastAudited: t("10:00:00") },
    ]);
  });

  it("counts the grace from the event: a minute and a second after is outside", async () => {
    const store = storeWith();
    await store.appendEvent(event(REF, t("10:00:00")));
    store.itemChanges.push({
      ref: REF,
      list: "addresses",
      at: new Date(t("10:00:00").getTime() + AUDIT_GRACE_MS + 1000),
    });
    expect((await findDirectEdits(store, t("00:00:00"))).map((e) => e.ref)).toEqual([REF]);
  });

  it("finds a change with no audit event in the window at all", async () => {
    const store = storeWith();
    store.itemChanges.push({ ref: OTHER, list: "register", at: t("08:00:00") });
    expect(await findDirectEdits(store, t("00:00:00"))).toEqual([
      { ref: OTHER, changes: [{ list: "register", at: t("08:00:00") }] },
    ]);
  });

  it("shows them to the city helpdesk manager in My work, in words", async () => {
    const store = storeWith();
    await store.appendEvent(event(REF, t("10:00:00")));
    store.itemChanges.push({ ref: REF, list: "register", at: t("14:05:00") });
    const deps = {
      store,
      clock: { now: () => new Date("2026-11-21T12:00:00Z") },
      config: PORTSMOUTH_POLICY,
    };
    const user = { name: HELPDESK.name, email: HELPDESK.email, roles: [HELPDESK.role] };
    const work = await loadMyWork(deps, user);
    const queue = work.queues.find((q) => q.title === "Changed outside the add-in");
    if (queue?.state !== "loaded") throw new Error("queue did not load");
    expect(queue.items.map((i) => i.ref)).toEqual([REF]);
    expect(queue.items[0]?.detail).toBe(
      "Changed in SharePoint after the last change in its history (10:00 on Friday 20 November 2026): the register entry at 14:05 on Friday 20 November 2026. Check the change; put it right in the add-in (Correct the record) so the history shows it.",
    );
    const manager = await loadMyWork(deps, { ...user, roles: ["serviceManager"] });
    expect(manager.queues.some((q) => q.title === "Changed outside the add-in")).toBe(false);
  });
});
