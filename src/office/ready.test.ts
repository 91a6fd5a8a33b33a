import { describe, expect, it } from "vitest";
import { officeReady } from "./ready";
import { fakeOutlook } from "./testing/fakeOutlook";

function withOnReady(onReady: () => Promise<{ host: unknown; platform: unknown }>) {
  return { ...fakeOutlook().office, onReady };
}

describe("officeReady", () => {
  it("gives the host and platform once office.js is ready", async () => {
    expect(await officeReady({ office: fakeOutlook().office })).toEqual({
      host: "Outlook",
      platform: "OfficeOnline",
    });
  });

  it("reports a null host when office.js runs in a plain browser tab", async () => {
    const office = withOnReady(() => Promise.resolve({ host: null, platform: null }));
    expect(await officeReady({ office })).toEqual({ host: null, platform: null });
  });

  it("is null without office.js", async () => {
    expect(await officeReady()).toBeNull(); // no Office global in Node
  });

  it("is null when office.js fails or never becomes ready", async () => {
    const broken = withOnReady(() => Promise.reject(new Error("script error")));
    expect(await officeReady({ office: broken })).toBeNull();
    const stuck = withOnReady(() => new Promise(() => undefined));
    expect(await officeReady({ office: stuck, timeoutMs: 20 })).toBeNull();
  });
});
