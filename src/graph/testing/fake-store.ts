/** A GraphCaseStore over a FakeGraph, with the waits it asks for recorded instead of slept. */
import { GraphCaseStore } from "../case-store";
import { FakeGraph, fakeClient } from "./fake-graph";

export const TEST_SITE = { hostname: "council.sharepoint.com", path: "/sites/ucb" };

export function fakeStore() {
  const fake = new FakeGraph();
  const sleeps: number[] = [];
  const store = new GraphCaseStore({
    client: fakeClient(fake),
    site: TEST_SITE,
    retry: { sleep: (ms) => (sleeps.push(ms), Promise.resolve()) },
    now: () => new Date("2026-11-28T10:00:00Z"),
  });
  return { fake, store, sleeps };
}
