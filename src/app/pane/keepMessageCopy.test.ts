/** Keeping a copy of the customer's message while someone waits: an answer within the wait. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { noonOn, restricted } from "../../domain/testScenario";
import { watchCaseWrites } from "../caseChanges";
import { PERSON_WAIT_MS } from "../deadline";
import { createPaneUseCases } from "./index";
import { MANAGER_USER, message, testDeps } from "./testSupport";

afterEach(() => {
  vi.useRealTimers();
});

describe("keeping a copy of the message", () => {
  it("says it was not kept, within the person's wait, when the library never answers", async () => {
    // Loaded as the pane loads it, on first use; here before the clock is held still.
    await import("../letters/correspondence");
    vi.useFakeTimers();
    const now = noonOn("2026-11-20");
    const record = restricted();
    const deps = testDeps(now, [record]);
    deps.mailbox.select(message(now));
    deps.mailbox.messageFile = new TextEncoder().encode("From: customer\r\n\r\nHello");
    deps.documents.store = () => new Promise(() => undefined);
    const watched = watchCaseWrites(deps.store);
    const pane = createPaneUseCases(
      { ...deps, store: watched.store },
      {
        outboxStorage: { get: () => null, set: () => undefined },
        helpdeskMailbox: "jordan.lee@council.example" as never,
        changes: watched.changes,
      },
    );
    let kept: Awaited<ReturnType<typeof pane.keepMessageCopy>> | undefined;
    void pane.keepMessageCopy(record.entry.ref, MANAGER_USER).then((k) => (kept = k));

    await vi.advanceTimersByTimeAsync(PERSON_WAIT_MS);
    expect(kept).toMatchObject({
      kind: "failed",
      message: expect.stringMatching(
        /^The message was not kept with the case\. SharePoint did not answer in time\./,
      ) as unknown,
    });
    expect(deps.store.events).toHaveLength(0);
    pane.outbox.stop();
  });
});
