/**
 * The pane's runtime configuration: which Graph, which SharePoint site and lists, how to sign
 * in, and where roles come from. It arrives as JSON (config.js sets window.ucbConfig), so it is
 * validated field by field; a problem names the field and says what it should be, in words an
 * administrator can act on.
 */
import { normaliseAddress } from "../domain/address";
import { ROLES } from "../domain/types";
import type { EmailAddress, Result, Role } from "../domain/types";

export const LIST_KEYS = [
  "register",
  "addresses",
  "contacts",
  "caseFiles",
  "caseEvents",
  "nameIndex",
  "inForce",
  "inForceAddresses",
] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** The display names of the SharePoint lists (DESIGN §3). */
export const DEFAULT_LIST_NAMES: Readonly<Record<ListKey, string>> = {
  register: "UCB Register",
  addresses: "UCB Addresses",
  contacts: "UCB Contacts",
  caseFiles: "UCB Case Files",
  caseEvents: "UCB Case Events",
  nameIndex: "UCB Name Index",
  inForce: "UCB Restrictions In Force",
  inForceAddresses: "UCB Restricted Addresses",
};

export const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/organizations";

export type AuthConfig =
  | {
      /** Nested app authentication through Outlook (MSAL), with its fallbacks. */
      readonly mode: "naa";
      /** The Entra app registration's application (client) id. */
      readonly clientId: string;
      readonly authority: string;
      readonly scopes: readonly string[];
      /** The fallback sign-in page, when it is not the default. */
      readonly redirectUri?: string;
    }
  | {
      /** Tokens from the local Graph emulator (development, demos, tests). */
      readonly mode: "emulator";
      readonly emulatorTokenUrl: string;
      readonly scopes: readonly string[];
      readonly clientId?: string;
    };

/**
 * Where roles come from: app roles in the sign-in token (recommended), or Entra security groups
 * (one or more group object ids per role; roles not listed are never given by a group).
 * `whenNoRole`: a signed-in user with no role gets no access ("none", the default) or is treated
 * as frontline staff ("frontline"), for councils that choose so.
 */
export type RolesConfig =
  | { readonly source: "appRoles"; readonly whenNoRole?: "none" | "frontline" }
  | {
      readonly source: "groups";
      readonly groups: Readonly<Partial<Record<Role, readonly string[]>>>;
      readonly whenNoRole?: "none" | "frontline";
    };

export type AppConfig = {
  readonly graph: {
    /** e.g. https://graph.microsoft.com/v1.0, without a trailing slash. */
    readonly baseUrl: string;
    /** Host names, besides Microsoft Graph's, that may receive the access token. */
    readonly customHosts: readonly string[];
  };
  /** The SharePoint site holding the lists: https://{hostname}{path}. */
  readonly site: { readonly hostname: string; readonly path: string };
  readonly lists: Readonly<Record<ListKey, string>>;
  readonly auth: AuthConfig;
  readonly roles: RolesConfig;
  /** A policy-config overlay; src/domain validates it (parsePolicyConfig). */
  readonly policy?: unknown;
  /**
   * The city helpdesk manager's mailbox, where referrals (5.2.1) are sent. In emulator mode it
   * defaults to the demo helpdesk manager (DEMO_HELPDESK_MAILBOX); otherwise, when it is not
   * set, the policy's helpdesk address is used.
   */
  readonly helpdeskMailbox?: EmailAddress;
};

/** The emulator's demo city helpdesk manager (emulator/config/users.json). */
export const DEMO_HELPDESK_MAILBOX = "jordan.lee@council.example" as EmailAddress;

/** What is wrong, and where: `field` is a path such as "auth.clientId". */
export type ConfigProblem = { readonly field: string; readonly message: string };

export const GRAPH_HOSTS = [
  "graph.microsoft.com",
  "graph.microsoft.us",
  "dod-graph.microsoft.us",
  "microsoftgraph.chinacloudapi.cn",
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
/** Scopes that only sign the user in; a request also needs one for a resource (Graph). */
const OIDC_SCOPES = ["openid", "profile", "email", "offline_access"];

class Invalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}

function fail(field: string, expectation: string, value: unknown): never {
  const is = value === undefined ? "it is missing" : `it is ${shown(value)}`;
  throw new Invalid(field, `${field} must be ${expectation}; ${is}.`);
}

type Json = Readonly<Record<string, unknown>>;

/**
 * `field` "" is the configuration itself (window.ucbConfig). Without `known`, only checks that
 * it is an object (to read a discriminating field first).
 */
function object(value: unknown, field: string, known?: readonly string[]): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(field || "window.ucbConfig", "an object", value);
  }
  if (known === undefined) return value as Json;
  const extra = Object.keys(value).find((key) => !known.includes(key));
  if (extra !== undefined) {
    // A misspelt setting (clientID for clientId) must not be silently ignored.
    const name = extra.slice(0, 40);
    throw new Invalid(
      field ? `${field}.${name}` : name,
      `${field || "The configuration"} has an unknown setting "${name}"; the settings are ${known.join(", ")}.`,
    );
  }
  return value as Json;
}

function text(value: unknown, field: string, max = 255): string {
  if (typeof value !== "string" || value.trim() === "" || value.trim().length > max) {
    fail(field, `text of 1 to ${max} characters`, value);
  }
  return value.trim();
}

function httpsUrl(value: unknown, field: string, example: string): string {
  const raw = text(value, field, 2000);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(field, `an https URL such as ${example}`, value);
  }
  if (url.protocol !== "https:" || url.search || url.hash || url.username) {
    fail(field, `an https URL without a query, such as ${example}`, value);
  }
  return url.href.replace(/\/+$/, "");
}

function hostname(value: unknown, field: string, example: string): string {
  const raw = text(value, field);
  if (!HOSTNAME.test(raw)) fail(field, `a host name only, such as ${example}`, value);
  return raw.toLowerCase();
}

function guid(value: unknown, field: string, what: string): string {
  if (typeof value !== "string" || !GUID.test(value.trim())) {
    fail(field, `${what}, a GUID such as 6c1f4e2a-0b7d-4c3e-9a15-2f8e7d6c5b4a`, value);
  }
  return value.trim().toLowerCase();
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) fail(field, "a list", value);
  return value as unknown[];
}

function parseGraph(value: unknown): AppConfig["graph"] {
  const graph = object(value, "graph", ["baseUrl", "customHosts"]);
  const baseUrl = httpsUrl(graph["baseUrl"], "graph.baseUrl", "https://graph.microsoft.com/v1.0");
  const customHosts = list(graph["customHosts"] ?? [], "graph.customHosts").map((host, i) =>
    hostname(host, `graph.customHosts[${i}]`, "localhost"),
  );
  const host = new URL(baseUrl).hostname;
  if (!GRAPH_HOSTS.includes(host) && !customHosts.includes(host)) {
    // The Graph client sends the user's token only to Graph and these hosts.
    throw new Invalid(
      "graph.customHosts",
      `graph.customHosts must include "${host}" for the add-in to send its access token to ${baseUrl}.`,
    );
  }
  return { baseUrl, customHosts };
}

function parseSite(value: unknown): AppConfig["site"] {
  const site = object(value, "site", ["hostname", "path"]);
  const path = text(site["path"], "site.path").replace(/\/+$/, "");
  if (!/^\/[^?#\s]+$/.test(path)) fail("site.path", 'a path such as "/sites/ucb"', site["path"]);
  return { hostname: hostname(site["hostname"], "site.hostname", "council.sharepoint.com"), path };
}

function parseLists(value: unknown): AppConfig["lists"] {
  if (value === undefined) return DEFAULT_LIST_NAMES;
  const lists = object(value, "lists", LIST_KEYS);
  const names = { ...DEFAULT_LIST_NAMES };
  for (const key of LIST_KEYS) {
    if (lists[key] !== undefined) names[key] = text(lists[key], `lists.${key}`);
  }
  return names;
}

function parseScopes(value: unknown): readonly string[] {
  const scopes = list(value, "auth.scopes").map((scope, i) => {
    if (typeof scope !== "string" || !/^\S+$/.test(scope)) {
      fail(`auth.scopes[${i}]`, 'one scope without spaces, such as "Sites.ReadWrite.All"', scope);
    }
    return scope;
  });
  if (!scopes.some((scope) => !OIDC_SCOPES.includes(scope))) {
    // Sign-in-only requests fail, or crash Outlook mobile (office-js#5001).
    fail(
      "auth.scopes",
      'a list with at least one Graph scope, such as "Sites.ReadWrite.All"',
      value,
    );
  }
  return scopes;
}

function parseAuth(value: unknown): AuthConfig {
  const mode = object(value, "auth")["mode"];
  if (mode === "naa") {
    const auth = object(value, "auth", ["mode", "clientId", "authority", "scopes", "redirectUri"]);
    const redirectUri = auth["redirectUri"];
    return {
      mode,
      clientId: guid(
        auth["clientId"],
        "auth.clientId",
        "the app registration's application (client) ID",
      ),
      authority:
        auth["authority"] === undefined
          ? DEFAULT_AUTHORITY
          : httpsUrl(
              auth["authority"],
              "auth.authority",
              "https://login.microsoftonline.com/{tenant id}",
            ),
      scopes: parseScopes(auth["scopes"]),
      ...(redirectUri === undefined
        ? {}
        : {
            redirectUri: httpsUrl(
              redirectUri,
              "auth.redirectUri",
              "https://addin.council.gov.uk/auth.html",
            ),
          }),
    };
  }
  if (mode === "emulator") {
    const auth = object(value, "auth", ["mode", "emulatorTokenUrl", "scopes", "clientId"]);
    return {
      mode,
      emulatorTokenUrl: httpsUrl(
        auth["emulatorTokenUrl"],
        "auth.emulatorTokenUrl",
        "https://localhost:4443/_emulator/token",
      ),
      scopes: parseScopes(auth["scopes"]),
      ...(auth["clientId"] === undefined
        ? {}
        : { clientId: text(auth["clientId"], "auth.clientId") }),
    };
  }
  return fail("auth.mode", '"naa" (sign in through Outlook) or "emulator"', mode);
}

function parseWhenNoRole(value: unknown): { whenNoRole?: "none" | "frontline" } {
  if (value === undefined) return {};
  if (value !== "none" && value !== "frontline") {
    fail("roles.whenNoRole", '"none" (no access) or "frontline"', value);
  }
  return { whenNoRole: value };
}

function parseGroups(value: unknown): Partial<Record<Role, readonly string[]>> {
  const groups = object(value, "roles.groups", ROLES);
  const ids: Partial<Record<Role, readonly string[]>> = {};
  for (const role of ROLES) {
    const raw = groups[role];
    if (raw === undefined) continue;
    const field = `roles.groups.${role}`;
    const list = Array.isArray(raw) ? (raw as unknown[]) : [raw];
    if (list.length === 0) fail(field, "a group object ID or a list of them", raw);
    ids[role] = list.map((id, i) =>
      guid(id, Array.isArray(raw) ? `${field}[${i}]` : field, "the Entra group's object ID"),
    );
  }
  if (Object.keys(ids).length === 0) {
    fail("roles.groups", "a group object ID for at least one role", value);
  }
  return ids;
}

function parseRoles(value: unknown): RolesConfig {
  const source = object(value, "roles")["source"];
  if (source === "appRoles") {
    const roles = object(value, "roles", ["source", "whenNoRole"]);
    return { source, ...parseWhenNoRole(roles["whenNoRole"]) };
  }
  if (source === "groups") {
    const roles = object(value, "roles", ["source", "groups", "whenNoRole"]);
    return {
      source,
      groups: parseGroups(roles["groups"]),
      ...parseWhenNoRole(roles["whenNoRole"]),
    };
  }
  return fail("roles.source", '"appRoles" (app roles in the sign-in token) or "groups"', source);
}

const TOP_LEVEL = ["graph", "site", "lists", "auth", "roles", "policy", "helpdeskMailbox"];

function parseHelpdeskMailbox(value: unknown, auth: AuthConfig): EmailAddress | undefined {
  if (value === undefined) return auth.mode === "emulator" ? DEMO_HELPDESK_MAILBOX : undefined;
  const address = typeof value === "string" ? normaliseAddress(value) : undefined;
  if (!address?.ok) {
    fail("helpdeskMailbox", "an email address such as helpdesk.manager@council.gov.uk", value);
  }
  return address.value;
}

export function parseAppConfig(json: unknown): Result<AppConfig, ConfigProblem> {
  try {
    const config = object(json, "", TOP_LEVEL);
    // Checked in this order, so the first problem reported is the first setting that is wrong.
    const graph = parseGraph(config["graph"]);
    const site = parseSite(config["site"]);
    const lists = parseLists(config["lists"]);
    const auth = parseAuth(config["auth"]);
    const roles = parseRoles(config["roles"]);
    const helpdeskMailbox = parseHelpdeskMailbox(config["helpdeskMailbox"], auth);
    return {
      ok: true,
      value: {
        graph,
        site,
        lists,
        auth,
        roles,
        ...(config["policy"] === undefined ? {} : { policy: config["policy"] }),
        ...(helpdeskMailbox ? { helpdeskMailbox } : {}),
      },
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: { field: e.field, message: e.message } };
    throw e;
  }
}
