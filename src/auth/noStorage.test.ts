// @vitest-environment jsdom
/**
 * "Our code never stores tokens": every way of getting a token, run in a DOM with web storage,
 * writes nothing to localStorage or sessionStorage (MSAL's own cache is MSAL's; here it is faked).
 */
import { InteractionRequiredAuthError } from "@azure/msal-browser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEmulatorAuth } from "./emulatorAuth";
import { createNaaAuth } from "./naaAuth";
import { FakePca, tokenResult } from "./testing/fakePca";
import { ADDIN_ORIGIN, dialogTokenMessage, FakeHost } from "./testing/fakeHost";

const inAnHour = () => new Date(Date.now() + 3_600_000);
const CONFIG = {
  auth: {
    mode: "naa" as const,
    clientId: "11111111-2222-3333-4444-555555555555",
    authority: "https://login.microsoftonline.com/council-tenant",
    scopes: ["Sites.Selected"],
  },
  roles: { source: "appRoles" as const },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("tokens stay out of web storage", () => {
  it("through NAA, the popup and the dialog fallback", async () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    const pca = new FakePca()
      .script("acquireTokenSilent", new InteractionRequiredAuthError("interaction_required", "c"))
      .script("acquireTokenPopup", tokenResult("popup", inAnHour()));
    const naa = createNaaAuth(CONFIG, {
      host: new FakeHost(true),
      pageUrl: `${ADDIN_ORIGIN}/taskpane.html`,
      createClient: () => Promise.resolve(pca),
    });
    const dialog = createNaaAuth(CONFIG, {
      host: new FakeHost(false).answer(dialogTokenMessage("dialog", inAnHour())),
      pageUrl: `${ADDIN_ORIGIN}/taskpane.html`,
    });

    expect(await naa.getAccessToken()).toBe("popup");
    await naa.currentUser();
    expect(await dialog.getAccessToken()).toBe("dialog");
    await dialog.currentUser();

    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it("through the emulator sign-in", async () => {
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    const auth = createEmulatorAuth({
      tokenUrl: "https://localhost:4443/_emulator/token",
      upn: "alex.morgan@council.example",
      roles: { source: "appRoles" },
      fetch: () =>
        Promise.resolve(
          Response.json({
            access_token: "emulator",
            token_type: "Bearer",
            expires_in: 3600,
            id_token_claims: { preferred_username: "alex.morgan@council.example", roles: [] },
          }),
        ),
    });

    expect(await auth.getAccessToken()).toBe("emulator");
    await auth.signInAs("priya.shah@council.example");

    expect(setItem).not.toHaveBeenCalled();
  });
});
