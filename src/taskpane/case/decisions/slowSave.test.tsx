/**
 * A decision SharePoint is slow to save: within the person's wait the form says it is still
 * being saved and keeps going by itself (its writes are never cut short half-way), then shows
 * what happened.
 */
import { act, cleanup, configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../testing/jsdomShims";
import { PERSON_WAIT_MS } from "../../../app/deadline";
import { StoreError } from "../../../app/ports";
import { CUSTOMER, REF } from "../../../domain/testFixtures";
import { noonOn, restricted } from "../../../domain/testScenario";
import type { CaseFile } from "../../../domain/types";
import { paneDeps, user } from "../../testing/paneDeps";
import CaseWorkspace from "../CaseWorkspace";
import { STILL_SAVING } from "./DecisionFormFrame";
import { SLOW_SAVE_MS } from "./useDecisionSubmit";

// The form is a lazy chunk: its first load on a busy machine outlasts the defaults.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The helpdesk manager on a restricted case, with the case file's save held until released. */
async function startReviewHeld() {
  const signedIn = user(["cityHelpdeskManager"], "Alex Reed");
  const fakes = paneDeps({ user: signedIn, now: noonOn("2026-11-20") });
  const record = restricted();
  fakes.store.seed(record.entry, record.file, [{ address: CUSTOMER, ref: REF, kind: "customer" }]);
  const save = fakes.store.updateCaseFile.bind(fakes.store);
  let release: (how: "save" | "fail") => void = () => undefined;
  fakes.store.updateCaseFile = (file: CaseFile, etag: string) =>
    new Promise((resolve, reject) => {
      release = (how) =>
        how === "save"
          ? void save(file, etag).then(resolve, reject)
          : reject(new StoreError("throttled", "429", "caseFiles", "req-9", 20));
    });
  render(
    <CaseWorkspace
      caseRef={REF}
      deps={fakes.deps}
      useCases={{ changes: fakes.changes }}
      user={signedIn}
    />,
  );
  const ui = userEvent.setup({ delay: null });
  const decisions = await screen.findByRole("list", { name: "Decisions you can take" });
  await ui.click(within(decisions).getByRole("button", { name: "Start a council review" }));
  await ui.type(
    await screen.findByRole("textbox", { name: /Why the council is reviewing/ }),
    "The customer's behaviour has changed.",
  );
  // The wait is timed from here: the form and its lazy chunk load on real timers.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"], shouldAdvanceTime: true });
  await ui.click(screen.getByRole("button", { name: "Start the review" }));
  return {
    fakes,
    release: (how: "save" | "fail") =>
      act(async () => {
        release(how);
        await Promise.resolve();
      }),
  };
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe("a decision SharePoint is slow to save", () => {
  it("says within the person's wait that it is still saving, then shows the saved decision", async () => {
    const { fakes, release } = await startReviewHeld();
    expect(screen.getByRole("button", { name: "Saving…" })).toBeTruthy();
    expect(screen.queryByText(STILL_SAVING)).toBeNull();

    await advance(SLOW_SAVE_MS);
    expect(SLOW_SAVE_MS).toBeLessThan(PERSON_WAIT_MS);
    expect(screen.getByText(STILL_SAVING)).toBeTruthy();
    // Still one save under way: the button cannot start a second.
    expect(screen.getByRole("button", { name: "Saving…" }).getAttribute("aria-disabled")).toBe(
      "true",
    );

    await release("save");
    expect(await screen.findByRole("heading", { name: "Decision saved" })).toBeTruthy();
    expect(screen.queryByText(STILL_SAVING)).toBeNull();
    expect(fakes.store.register.get(REF)?.value.review?.status).toBe("pending");
  });

  it("says what went wrong when the save fails after the wait, and nothing is saved", async () => {
    const { fakes, release } = await startReviewHeld();
    await advance(SLOW_SAVE_MS);
    expect(screen.getByText(STILL_SAVING)).toBeTruthy();

    await release("fail");
    expect(await screen.findByText(/SharePoint is busy/)).toBeTruthy();
    expect(screen.queryByText(STILL_SAVING)).toBeNull();
    expect(screen.getByRole("button", { name: "Start the review" })).toBeTruthy();
    expect(fakes.store.register.get(REF)?.value.review?.status).toBe("none");
  });
});
