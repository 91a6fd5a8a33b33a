import {
  BrowserAuthError,
  ClientAuthError,
  ClientConfigurationError,
  InteractionRequiredAuthError,
  ServerError,
} from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { AuthError, type AuthErrorCode } from "../app/ports";
import type { NaaSettings } from "./config";
import { MISCONFIGURED_CODES, needsInteraction, popupCannotOpen, toAuthError } from "./errors";
import { MISCONFIGURED_FIXES } from "./misconfiguredFixes";

const SETTINGS: NaaSettings = {
  mode: "naa",
  clientId: "6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a",
  authority: "https://login.microsoftonline.com/council-tenant",
  scopes: ["Sites.Selected"],
};
const PAGE = "https://addin.council.gov.uk/dialog.html";
const map = (e: unknown) => toAuthError(e, SETTINGS, PAGE, "corr-ours", MISCONFIGURED_FIXES);

describe("toAuthError", () => {
  it("has a fix in words for every refusal it calls misconfigured", () => {
    expect(new Set(Object.keys(MISCONFIGURED_FIXES))).toEqual(MISCONFIGURED_CODES);
  });

  it.each<[string, unknown, AuthErrorCode]>([
    [
      "AADSTS65001 from the server",
      new ServerError(
        "invalid_grant",
        "c",
        "AADSTS65001: The user or administrator has not consented",
      ),
      "consentRequired",
    ],
    [
      "consent_required as the sub-error",
      new InteractionRequiredAuthError("invalid_grant", "c", "consent", "consent_required"),
      "consentRequired",
    ],
    [
      "an admin approval prompt (AADSTS90094)",
      new ServerError("access_denied", "c", "AADSTS90094: x"),
      "consentRequired",
    ],
    [
      "the user declining consent (AADSTS65004)",
      new ServerError("access_denied", "c", "AADSTS65004: x"),
      "cancelled",
    ],
    ["the popup closed by the user", new BrowserAuthError("user_cancelled", "c"), "cancelled"],
    ["the NAA host's cancel", new ClientAuthError("user_canceled", "c"), "cancelled"],
    ["a popup that cannot open", new BrowserAuthError("popup_window_error", "c"), "popupBlocked"],
    ["an empty popup window", new BrowserAuthError("empty_window_error", "c"), "popupBlocked"],
    [
      "a wrong redirect URI (AADSTS50011)",
      new ServerError("invalid_request", "c", "AADSTS50011: x"),
      "misconfigured",
    ],
    [
      "an unknown client id (AADSTS700016)",
      new ServerError("unauthorized_client", "c", "AADSTS700016: x"),
      "misconfigured",
    ],
    [
      "MSAL's configuration errors",
      new ClientConfigurationError("untrusted_authority", "c"),
      "misconfigured",
    ],
    [
      "interaction required",
      new InteractionRequiredAuthError("login_required", "c"),
      "interactionRequired",
    ],
    [
      "no account to sign in silently",
      new BrowserAuthError("no_account_error", "c"),
      "interactionRequired",
    ],
    ["no network", new BrowserAuthError("no_network_connectivity", "c"), "unavailable"],
    ["a bridge fault", new ServerError("PERSISTENT_ERROR", "c", "broker failure"), "unavailable"],
    ["a timeout", new BrowserAuthError("timed_out", "c"), "unavailable"],
    ["a plain Error", new TypeError("Failed to fetch"), "unavailable"],
    ["a thrown string", "boom", "unavailable"],
  ])("maps %s", (_what, error, code) => {
    expect(map(error).code).toBe(code);
  });

  it("keeps MSAL's correlation id, or uses ours when there is none", () => {
    expect(map(new BrowserAuthError("user_cancelled", "corr-msal")).correlationId).toBe(
      "corr-msal",
    );
    expect(map(new TypeError("x")).correlationId).toBe("corr-ours");
  });

  it("passes an AuthError through unchanged", () => {
    const original = new AuthError("popupBlocked", "already mapped", "corr-1");
    expect(map(original)).toBe(original);
  });

  it("tells an administrator to assign the user when assignment is required (AADSTS50105)", () => {
    const e = map(new ServerError("invalid_grant", "c", "AADSTS50105: not assigned to a role"));
    expect(e.code).toBe("consentRequired");
    expect(e.message).toMatch(/not assigned.*assigns them an app role/s);
    expect(e.message).toContain(SETTINGS.clientId);
  });
});

describe("a sign-in that configuration breaks", () => {
  it.each<[string, RegExp]>([
    ["AADSTS50194", /single tenant.*auth\.authority.*UCB_TENANT_ID/],
    [
      "AADSTS50011",
      /redirect URI is not registered.*brk-multihub:\/\/<host>.*Single-page application/,
    ],
    ["AADSTS9002326", /on the Web platform: move them to Single-page application/],
    ["AADSTS7000218", /expects a client secret.*Single-page application platform/],
    ["AADSTS700016", /no app registration with this client id exists in this tenant/],
    ["AADSTS90002", /tenant in auth\.authority does not exist/],
    ["AADSTS650057", /does not list: add it under API permissions/],
    ["AADSTS50020", /another tenant/],
  ])("%s is misconfigured, for IT, naming what to fix", (code, fix) => {
    const e = map(new ServerError("invalid_request", "c", `${code}: what Entra said`));
    expect(e.code).toBe("misconfigured");
    expect(e.message).toMatch(
      /^The add-in is misconfigured; sign-in cannot work until IT fixes it\. Fix: /,
    );
    expect(e.message).toMatch(new RegExp(`Fix: ${code}: `));
    expect(e.message).toMatch(fix);
    expect(e.message).toMatch(new RegExp(`Entra said: invalid_request: ${code}: what Entra said$`));
  });

  it("names the settings to check when MSAL itself refuses the configuration", () => {
    const e = map(new ClientConfigurationError("untrusted_authority", "c"));
    expect(e.code).toBe("misconfigured");
    expect(e.message).toMatch(
      /Fix: check auth\.clientId \(6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a\), auth\.authority \(https:\/\/login\.microsoftonline\.com\/council-tenant\) and the redirect URIs/,
    );
  });

  it("still tells consent apart: AADSTS65001 names the admin consent to grant", () => {
    const e = map(new ServerError("invalid_grant", "c", "AADSTS65001: not consented"));
    expect(e.code).toBe("consentRequired");
    expect(e.message).toMatch(/grants tenant-wide admin consent for client id 6c1f4e2a/);
    expect(e.message).toContain("/v2.0/adminconsent?client_id=6c1f4e2a");
  });
});

describe("what comes next", () => {
  it("goes to the popup only for interaction-required failures", () => {
    expect(needsInteraction(new InteractionRequiredAuthError("interaction_required", "c"))).toBe(
      true,
    );
    expect(needsInteraction(new BrowserAuthError("no_account_error", "c"))).toBe(true);
    expect(needsInteraction(new ServerError("invalid_request", "c", "AADSTS50011: x"))).toBe(false);
    expect(needsInteraction(new TypeError("x"))).toBe(false);
  });

  it("goes to the dialog only when the popup cannot open", () => {
    expect(popupCannotOpen(new BrowserAuthError("popup_window_error", "c"))).toBe(true);
    expect(popupCannotOpen(new BrowserAuthError("user_cancelled", "c"))).toBe(false);
  });
});
