import { describe, expect, it } from "vitest";
import { SERVICE_MANAGER, restricted } from "../../domain/testScenario";
import { recordExpiry } from "./expire";
import { harness, succeeded } from "./testSupport";

// restricted(): the period's last day is 31 January 2027.

describe("recordExpiry", () => {
  it("is refused on the period's last day: the restrictions still apply", async () => {
    const h = harness(restricted(), "2027-01-31");
    const result = await recordExpiry(h.deps, await h.load(), SERVICE_MANAGER);
    expect(result.ok === false && result.kind).toBe("refused");
  });

  it("ends the restrictions on the last day from the day after; kept six years from then", async () => {
    const h = harness(restricted(), "2027-02-01");
    const result = succeeded(await recordExpiry(h.deps, await h.load(), SERVICE_MANAGER));
    expect(result.loaded.record.entry).toMatchObject({
      stage: "ended",
      endedOn: "2027-01-31",
      retainUntil: "2033-01-31",
    });
    expect(result.letter?.kind).toBe("restrictionsEnded");
    expect(result.letter?.body).toContain("ended at the end of 31 January 2027");
    expect(h.store.events.map((e) => e.action)).toEqual(["restrictionsExpired", "letterDrafted"]);
  });
});
