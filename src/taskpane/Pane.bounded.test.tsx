/**
 * Bounded waits as a person sees them: a busy SharePoint gives "SharePoint is busy; retrying at
 * …" with a live countdown and then, by itself, the verdict; a SharePoint that never answers
 * gives a definite "could not check" within PERSON_WAIT_MS, never a "Checking…" that stays.
 */
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import "./testing/jsdomShims";
import { PERSON_WAIT_MS } from "../app/pane";
import { StoreError } from "../app/ports";
import { CUSTOMER, SPOC } from "../domain/testFixtures";
import { restricted } from "../domain/testScenario";
import { App } from "./App";
import { paneDeps, readMessage, realUseCases } from "./testing/paneDeps";

// Tuesday 24 November 2026, 10:30 UK time.
const NOW = new Date("2026-11-24T10:30:00Z");

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setUp() {
  const fakes = paneDeps({
    now: NOW,
    item: readMessage({ from: CUSTOMER, to: [SPOC.email], receivedAt: NOW }),
  });
  const record = restricted();
  fakes.store.seed(record.entry, record.file, [
    { address: CUSTOMER, ref: record.entry.ref, kind: "customer" },
  ]);
  return fakes;
}

const section = () => screen.queryByRole("region", { name: "Verdict" });
const verdictKind = () => section()?.dataset["verdict"];

/** Moves fake time on in steps, letting React and the promises run in between. */
async function advance(ms: number, step = 250) {
  for (let t = 0; t < ms; t += step) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(step);
    });
  }
}

describe("bounded waits in the pane", () => {
  it("shows a busy SharePoint's retry time and countdown, then the verdict by itself", async () => {
    const fakes = setUp();
    const lookup = fakes.store.lookupAddresses.bind(fakes.store);
    let busy = true;
    fakes.store.lookupAddresses = (addresses) =>
      busy
        ? Promise.reject(new StoreError("throttled", "429", "addresses", "req-1", 20))
        : lookup(addresses);
    render(<App deps={fakes.deps} useCases={realUseCases(fakes).useCases} />);
    await advance(500);
    expect(verdictKind()).toBe("couldNotCheck");
    expect(
      screen.getByRole("heading", { name: "SharePoint is busy; retrying at 10:30:20" }),
    ).toBeTruthy();
    expect(screen.getByText("Checking again in 20 seconds.")).toBeTruthy();
    // While SharePoint has asked to wait, "Try again" would only be refused: the pane waits.
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();

    await advance(5_000);
    expect(screen.getByText("Checking again in 15 seconds.")).toBeTruthy();
    busy = false;
    await advance(15_500);
    expect(verdictKind()).toBe("withinTerms");
    expect(screen.queryByText(/Checking again/)).toBeNull();
  });

  it("keeps counting and retrying while SharePoint stays busy", async () => {
    const fakes = setUp();
    let asked = 0;
    fakes.store.lookupAddresses = () => {
      asked += 1;
      return Promise.reject(new StoreError("throttled", "429", "addresses", "req-1", 20));
    };
    render(<App deps={fakes.deps} useCases={realUseCases(fakes).useCases} />);
    await advance(500);
    await advance(41_000);
    expect(asked).toBe(3);
    expect(verdictKind()).toBe("couldNotCheck");
  });

  it("gives a definite answer within the bound when SharePoint never answers", async () => {
    const fakes = setUp();
    fakes.store.getCaseForEvaluation = () => new Promise(() => undefined);
    render(<App deps={fakes.deps} useCases={realUseCases(fakes).useCases} />);
    await advance(PERSON_WAIT_MS);
    expect(verdictKind()).toBe("couldNotCheck");
    expect(
      screen.getByRole("heading", {
        name: /^Could not check this sender; retrying at 10:30:\d\d$/,
      }),
    ).toBeTruthy();
    // In the verdict, and in the announcement of it (the status region) with its title.
    expect(
      within(screen.getByRole("region", { name: "Verdict" })).getByText(
        /SharePoint did not answer in time/,
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole("status")[0]?.textContent).toMatch(
      /^Could not check this sender; retrying at 10:30:\d\d\. .*SharePoint did not answer in time/,
    );
    expect(screen.getByRole("button", { name: "Try again" })).toBeTruthy();
  });
});
