import { describe, expect, it, vi } from "vitest";
import { configFromEnvironment, configScript } from "../config/environment";
import type { OfficeHost } from "../office/host";
import { fakeOutlook } from "../office/testing/fakeOutlook";
import { RuntimeProblem, startEventRuntime } from "./runtime";

const built = configFromEnvironment({ UCB_AUTH_MODE: "emulator" });
if (!built.ok) throw new Error(built.error.message);
const CONFIG_JS = configScript(built.value);
const SCRIPT = "https://addin.council.example/launchevent.js";

function classicOutlook(): OfficeHost {
  const { office } = fakeOutlook();
  return { ...office, context: { ...office.context, urls: { javascriptRuntimeUrl: SCRIPT } } };
}

describe("starting the event runtime", () => {
  it("uses the settings config.js set in launchevent.html", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const runtime = await startEventRuntime({
      office: fakeOutlook().office,
      pageUrl: "https://localhost:3000/launchevent.html?demoUser=priya.shah@council.example",
      fetch,
      loadedConfig: built.value,
    });
    expect(runtime.policy.timeZone).toBe("Europe/London");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("fetches config.js beside launchevent.js in the JavaScript-only runtime", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(new Response(CONFIG_JS, { status: 200 })),
    );
    await startEventRuntime({
      office: classicOutlook(),
      pageUrl: undefined,
      fetch,
      loadedConfig: undefined,
    });
    expect(fetch.mock.calls[0]?.[0]).toBe("https://addin.council.example/config.js");
  });

  it.each([
    [
      "config.js is not there",
      () => Promise.resolve(new Response("", { status: 404 })),
      /HTTP 404/,
    ],
    [
      "the server does not answer",
      () => Promise.reject(new TypeError("Failed to fetch")),
      /Failed to fetch/,
    ],
    [
      "config.js is not JSON",
      () => Promise.resolve(new Response("window.ucbConfig = { graph: 1 };")),
      /not JSON/,
    ],
  ])("cannot start when %s, and says why", async (_why, answer, message) => {
    const start = startEventRuntime({
      office: classicOutlook(),
      pageUrl: undefined,
      fetch: vi.fn<typeof globalThis.fetch>(answer),
      loadedConfig: undefined,
    });
    await expect(start).rejects.toThrow(RuntimeProblem);
    await expect(start).rejects.toThrow(message);
  });

  it("gives up on config.js that does not answer in time", async () => {
    const hangs = vi.fn<typeof globalThis.fetch>(
      (_url, init) =>
        new Promise((_, reject) =>
          init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
        ),
    );
    const start = startEventRuntime({
      office: classicOutlook(),
      pageUrl: undefined,
      fetch: hangs,
      loadedConfig: undefined,
      configTimeoutMs: 20,
    });
    await expect(start).rejects.toThrow(/config\.js could not be read: aborted/);
  });

  it("cannot start without knowing where it was served from", async () => {
    const start = startEventRuntime({
      office: fakeOutlook().office,
      pageUrl: undefined,
      fetch: vi.fn<typeof globalThis.fetch>(),
      loadedConfig: undefined,
    });
    await expect(start).rejects.toThrow(/could not tell where the add-in is served from/);
  });
});
