import { describe, expect, it } from "vitest";
import { REF } from "../../domain/testFixtures";
import { HELPDESK, SERVICE_MANAGER, referred } from "../../domain/testScenario";
import { closeCase } from "./close";
import { harness, succeeded } from "./testSupport";

describe("closing a case without restrictions", () => {
  it("closes a referral as withdrawn, with its retention date, for the city helpdesk manager", async () => {
    const h = harness(referred(), "2026-10-14");
    succeeded(
      await closeCase(h.deps, await h.load(), HELPDESK, {
        outcome: "withdrawn",
        reasons: "The service manager withdrew the referral.",
      }),
    );
    const entry = h.store.register.get(REF)?.value;
    expect(entry).toMatchObject({
      stage: "closed",
      closedOn: "2026-10-14",
      retainUntil: "2032-10-14",
    });
    expect(h.store.events.at(-1)).toMatchObject({
      action: "caseClosed",
      detail: { outcome: "withdrawn", closedFrom: "referred" },
    });
  });

  it("refuses empty reasons and the wrong role, and saves nothing", async () => {
    const h = harness(referred(), "2026-10-14");
    const before = h.snapshot();
    const empty = await closeCase(h.deps, await h.load(), HELPDESK, {
      outcome: "resolved",
      reasons: " ",
    });
    expect(!empty.ok && empty.kind).toBe("invalid");
    const wrong = await closeCase(h.deps, await h.load(), SERVICE_MANAGER, {
      outcome: "withdrawn",
      reasons: "Withdrawn.",
    });
    expect(!wrong.ok && wrong.kind).toBe("refused");
    expect(h.snapshot()).toBe(before);
  });
});
