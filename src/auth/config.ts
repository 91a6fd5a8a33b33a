/**
 * What src/auth needs from the app's configuration. These types are structural on purpose:
 * src/config (AppConfig) is written separately, and any object with these fields will do.
 */
import type { Role } from "../domain/types";
import { AuthError } from "../app/ports";

/** Sign-in through Outlook: MSAL nested app authentication and its fallbacks. */
export type NaaSettings = {
  readonly mode: "naa";
  /** The Entra app registration's application (client) id. */
  readonly clientId: string;
  /** `https://login.microsoftonline.com/<tenant id>`: the registration is single tenant. */
  readonly authority: string;
  /** Delegated Microsoft Graph scopes, e.g. `["Sites.Selected", "User.Read"]`. */
  readonly scopes: readonly string[];
  /**
   * The page Entra returns to outside NAA: our fallback dialog page, which is also MSAL's
   * redirect bridge. Defaults to `dialog.html` beside the task pane.
   */
  readonly redirectUri?: string;
};

/** Tokens from the local Graph emulator (docs/emulator.md). */
export type EmulatorSettings = {
  readonly mode: "emulator";
  /** `https://localhost:4443/_emulator/token` */
  readonly emulatorTokenUrl: string;
};

export type AuthSettings = NaaSettings | EmulatorSettings;

export type RoleSettings = {
  /** Where roles come from: Entra app roles (recommended) or security group membership. */
  readonly source: "appRoles" | "groups";
  /** For `source: "groups"`: the security group object id(s) that give each role. */
  readonly groups?: Readonly<Partial<Record<Role, string | readonly string[]>>>;
  /**
   * A signed-in user with no role. `"none"` (the default) gives no access and the pane says
   * why; `"frontline"` lets every signed-in user see restrictions, for councils that choose so.
   */
  readonly whenNoRole?: "none" | "frontline";
};

/** What sign-in reads from the app's configuration; src/config's AppConfig is one. */
export type SignInConfig = { readonly auth: AuthSettings; readonly roles: RoleSettings };
export type NaaConfig = { readonly auth: NaaSettings; readonly roles: RoleSettings };

const GRAPH = "https://graph.microsoft.com/";

/** Writing items needs Sites.ReadWrite.All, or Sites.Selected with a `write` grant on the site. */
export const DEFAULT_GRAPH_SCOPES: readonly string[] = ["Sites.ReadWrite.All", "User.Read"];

// MSAL adds these itself; a request made of nothing else fails on some hosts (office-js#5001).
const OIDC_SCOPES = new Set(["openid", "profile", "email", "offline_access"]);

/** A Graph scope without its resource prefix, for comparison: "User.Read". */
function shortName(scope: string): string {
  return scope.toLowerCase().startsWith(GRAPH) ? scope.slice(GRAPH.length) : scope;
}

/**
 * The scopes to request: the configured Graph scopes (or the default), without the OpenID
 * ones MSAL adds, plus User.Read (the pane shows who is signed in). Throws `misconfigured`
 * when nothing usable is left.
 */
export function resolveScopes(configured: readonly string[]): readonly string[] {
  const given = configured.map((s) => s.trim()).filter((s) => s !== "");
  const chosen = given.length > 0 ? given : DEFAULT_GRAPH_SCOPES;
  const resource = chosen.filter((s) => !OIDC_SCOPES.has(s.toLowerCase()));
  const unique = resource.filter(
    (s, i) =>
      resource.findIndex((t) => shortName(t).toLowerCase() === shortName(s).toLowerCase()) === i,
  );
  if (!unique.some((s) => shortName(s).toLowerCase().startsWith("sites."))) {
    throw new AuthError(
      "misconfigured",
      `The configured scopes (${given.join(" ") || "none"}) include no SharePoint scope: ` +
        "configure Sites.Selected or Sites.ReadWrite.All.",
    );
  }
  const hasUserRead = unique.some((s) => shortName(s).toLowerCase() === "user.read");
  return hasUserRead ? unique : [...unique, "User.Read"];
}

const MULTI_TENANT = new Set(["common", "organizations", "consumers"]);

/** The tenant part of the authority ("organizations" when the authority names none). */
export function tenantOf(authority: string): string {
  try {
    const segment = new URL(authority).pathname.split("/").find((s) => s !== "");
    return segment && !MULTI_TENANT.has(segment.toLowerCase()) ? segment : "organizations";
  } catch {
    return "organizations";
  }
}

/** The fallback dialog page (and redirect bridge): configured, or dialog.html beside `base`. */
export function dialogPageUrl(settings: NaaSettings, base: string): string {
  return settings.redirectUri ?? new URL("dialog.html", base).href;
}

/**
 * The URL an administrator opens to grant tenant-wide consent (Microsoft's form for NAA
 * add-ins: learn.microsoft.com/office/dev/add-ins/publish/publish-nested-app-auth-add-in).
 */
export function adminConsentUrl(settings: NaaSettings, redirectUri: string): string {
  const scopes = resolveScopes(settings.scopes).map((s) => (s.includes("://") ? s : GRAPH + s));
  const query = new URLSearchParams({
    client_id: settings.clientId,
    scope: ["openid", "profile", "offline_access", ...scopes].join(" "),
    redirect_uri: redirectUri,
  });
  const tenant = encodeURIComponent(tenantOf(settings.authority));
  return `https://login.microsoftonline.com/${tenant}/v2.0/adminconsent?${query.toString()}`;
}
