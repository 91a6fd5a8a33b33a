/**
 * Keeping a letter with the case while someone waits: within the person's wait, in words, and
 * safe to try again (the copy is kept once).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakePrinter } from "../../../test/fakes/fakePrinter";
import { MemoryCaseDocuments } from "../../../test/fakes/memoryCaseDocuments";
import { MemoryCaseStore } from "../../../test/fakes/memoryCaseStore";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { actor } from "../../domain/testFixtures";
import { PERSON_WAIT_MS } from "../deadline";
import type { CaseDocuments } from "../ports";
import { letterService } from "./delivery";
import { sampleNotice } from "./testSupport";

afterEach(() => {
  vi.useRealTimers();
});

const HELPDESK = actor("cityHelpdeskManager", "Alex Reed");

function service(documents: CaseDocuments) {
  const store = new MemoryCaseStore();
  const deps = {
    store,
    documents,
    printer: new FakePrinter(),
    clock: { now: () => new Date("2026-11-02T12:00:00Z") },
    config: PORTSMOUTH_POLICY,
  };
  return { store, letters: letterService(deps, HELPDESK) };
}

describe("keeping an emailed letter while someone waits", () => {
  it("says it could not be kept, within the person's wait, when the library never answers", async () => {
    vi.useFakeTimers();
    const memory = new MemoryCaseDocuments();
    let answer: () => void = () => undefined;
    const hanging: CaseDocuments = {
      list: (ref) => memory.list(ref),
      content: (document) => memory.content(document),
      deleteAll: (ref) => memory.deleteAll(ref),
      store: (doc) =>
        new Promise((resolve, reject) => {
          answer = () => void memory.store(doc).then(resolve, reject);
        }),
    };
    const { letters, store } = service(hanging);
    const letter = sampleNotice();
    let kept: Awaited<ReturnType<typeof letters.keepEmailed>> | undefined;
    void letters.keepEmailed(letter).then((k) => (kept = k));

    await vi.advanceTimersByTimeAsync(PERSON_WAIT_MS);
    expect(kept).toMatchObject({
      kind: "failed",
      message: expect.stringMatching(
        /^A copy of the letter could not be kept with the case\. SharePoint did not answer in time\./,
      ) as unknown,
    });
    expect(store.events).toHaveLength(0);

    // The upload finishes late; trying again finds the copy already kept, and keeps it once.
    answer();
    vi.useRealTimers();
    const again = await service(memory).letters.keepEmailed(letter);
    expect(again.kind).toBe("done");
    expect(await memory.list(letter.ref)).toHaveLength(1);
  });
});
