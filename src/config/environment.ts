/**
 * Builds config.js from environment variables at build time (webpack.config.js loads this file
 * with tsx). The result passes through parseAppConfig, so a bad variable fails the build with the
 * variable's name rather than failing in every user's pane. Administrators may still edit the
 * written dist/config.js on their server without rebuilding.
 */
import type { Result } from "../domain/types";
import { type AppConfig, type ConfigProblem, GRAPH_HOSTS, parseAppConfig } from "./appConfig";

export type Environment = Readonly<Record<string, string | undefined>>;

/** Each variable, what it sets, and its default; README and docs/decisions.md list the same. */
export const ENVIRONMENT_VARIABLES = {
  UCB_AUTH_MODE: 'auth.mode: "naa" or "emulator" (default: naa when UCB_CLIENT_ID is set)',
  UCB_CLIENT_ID: "auth.clientId: the Entra app registration's application (client) ID",
  UCB_AUTHORITY:
    "auth.authority: https://login.microsoftonline.com/<tenant id> (a tenant build needs it or UCB_TENANT_ID)",
  UCB_TENANT_ID:
    "the Directory (tenant) ID; sets auth.authority to https://login.microsoftonline.com/<it>",
  UCB_SCOPES: "auth.scopes, space- or comma-separated (default Sites.ReadWrite.All User.Read)",
  UCB_REDIRECT_URI: "auth.redirectUri: the fallback sign-in page (optional)",
  UCB_EMULATOR_URL: "the Graph emulator's origin in emulator mode (default https://localhost:4443)",
  UCB_GRAPH_BASE_URL: "graph.baseUrl (default https://graph.microsoft.com/v1.0, or the emulator's)",
  UCB_GRAPH_CUSTOM_HOSTS: "graph.customHosts, comma-separated (default none, or the emulator's)",
  UCB_SITE_HOSTNAME: "site.hostname, e.g. council.sharepoint.com (required for naa)",
  UCB_SITE_PATH: "site.path (default /sites/ucb)",
  UCB_LIST_NAMES: 'lists as JSON, e.g. {"register":"UCB Register"} (default the five UCB names)',
  UCB_ROLES_SOURCE: 'roles.source: "appRoles" (default) or "groups"',
  UCB_ROLE_GROUPS: "roles.groups as role=groupId pairs, comma-separated (a role may repeat)",
  UCB_WHEN_NO_ROLE: 'roles.whenNoRole: "none" (default) or "frontline"',
  UCB_POLICY_FILE: "a policy-config JSON file to include as policy (read by webpack.config.js)",
  UCB_ADDIN_ORIGIN:
    "where the add-in is hosted (https://host); the build writes dist/manifest.xml for it (required for a tenant build)",
  UCB_HELPDESK_MAILBOX:
    "helpdeskMailbox: where referrals go (default: the policy configuration's helpdesk address)",
} as const;
type Variable = keyof typeof ENVIRONMENT_VARIABLES;

/** The variable to name when a field is wrong. */
const SOURCE_OF: Readonly<Record<string, Variable>> = {
  "auth.mode": "UCB_AUTH_MODE",
  "auth.clientId": "UCB_CLIENT_ID",
  "auth.authority": "UCB_AUTHORITY",
  "auth.scopes": "UCB_SCOPES",
  "auth.redirectUri": "UCB_REDIRECT_URI",
  "auth.emulatorTokenUrl": "UCB_EMULATOR_URL",
  "graph.baseUrl": "UCB_GRAPH_BASE_URL",
  "graph.customHosts": "UCB_GRAPH_CUSTOM_HOSTS",
  "site.hostname": "UCB_SITE_HOSTNAME",
  "site.path": "UCB_SITE_PATH",
  lists: "UCB_LIST_NAMES",
  "roles.source": "UCB_ROLES_SOURCE",
  "roles.groups": "UCB_ROLE_GROUPS",
  "roles.whenNoRole": "UCB_WHEN_NO_ROLE",
  helpdeskMailbox: "UCB_HELPDESK_MAILBOX",
};

function value(env: Environment, name: Variable): string | undefined {
  const raw = env[name]?.trim();
  return raw === "" ? undefined : raw;
}

function words(raw: string | undefined): string[] | undefined {
  return raw?.split(/[\s,]+/).filter((w) => w !== "");
}

function problem(field: string, message: string): { ok: false; error: ConfigProblem } {
  return { ok: false, error: { field, message } };
}

/** "frontline=a, serviceManager=b, frontline=c" → { frontline: [a, c], … }; null when malformed. */
function pairs(raw: string): Record<string, string[]> | null {
  const out: Record<string, string[]> = {};
  for (const pair of words(raw) ?? []) {
    const [key, id, ...rest] = pair.split("=");
    if (!key || !id || rest.length > 0) return null;
    out[key] = [...(out[key] ?? []), id];
  }
  return out;
}

const MULTI_TENANT_AUTHORITIES = new Set(["common", "organizations", "consumers"]);

/**
 * The sign-in authority of a tenant build, from UCB_AUTHORITY or UCB_TENANT_ID. The add-in's
 * registration is single tenant (docs/admin-setup.md step 2), and Entra refuses a single-tenant
 * app at /common or /organizations with AADSTS50194 in every user's pane; the build refuses it
 * first, saying what to set.
 */
function tenantAuthority(env: Environment): Result<string, ConfigProblem> {
  const tenant = value(env, "UCB_TENANT_ID");
  const authority =
    value(env, "UCB_AUTHORITY") ??
    (tenant === undefined
      ? undefined
      : `https://login.microsoftonline.com/${encodeURIComponent(tenant)}`);
  const fix =
    "Set UCB_TENANT_ID=<Directory (tenant) ID> (or UCB_AUTHORITY=https://login.microsoftonline.com/<tenant id>): " +
    "the app registration is single tenant, and Entra refuses it at a multi-tenant authority with AADSTS50194.";
  if (authority === undefined) {
    return problem("auth.authority", `A tenant build needs the tenant to sign in to. ${fix}`);
  }
  let segment: string | undefined;
  try {
    segment = new URL(authority).pathname.split("/").find((s) => s !== "");
  } catch {
    segment = undefined;
  }
  if (segment === undefined || MULTI_TENANT_AUTHORITIES.has(segment.toLowerCase())) {
    return problem("auth.authority", `The authority "${authority}" names no tenant. ${fix}`);
  }
  return { ok: true, value: authority };
}

/** "naa" (a tenant build) or "emulator", as config.js will say: UCB_AUTH_MODE, else by UCB_CLIENT_ID. */
export function authModeOf(env: Environment): string {
  return value(env, "UCB_AUTH_MODE") ?? (value(env, "UCB_CLIENT_ID") ? "naa" : "emulator");
}

function rawConfig(
  env: Environment,
  policy: unknown,
): Result<Record<string, unknown>, ConfigProblem> {
  const clientId = value(env, "UCB_CLIENT_ID");
  const mode = authModeOf(env);
  const emulator = (value(env, "UCB_EMULATOR_URL") ?? "https://localhost:4443").replace(/\/+$/, "");
  const scopes = words(value(env, "UCB_SCOPES")) ?? ["Sites.ReadWrite.All", "User.Read"];
  let emulatorHost: string;
  try {
    const url = new URL(emulator);
    if (mode === "emulator" && url.protocol !== "https:") throw new Error("not https");
    emulatorHost = url.hostname;
  } catch {
    return problem(
      "auth.emulatorTokenUrl",
      `UCB_EMULATOR_URL must be the emulator's https origin, such as https://localhost:4443; it is "${emulator}".`,
    );
  }
  const siteHostname = value(env, "UCB_SITE_HOSTNAME");
  if (mode === "naa" && siteHostname === undefined) {
    // The emulator's site would be a wrong default for a tenant; make the administrator say.
    return problem("site.hostname", "UCB_SITE_HOSTNAME is required when signing in to a tenant.");
  }
  const authority = tenantAuthority(env);
  if (mode === "naa" && !authority.ok) return authority;
  const auth =
    mode === "emulator"
      ? {
          mode,
          emulatorTokenUrl: `${emulator}/_emulator/token`,
          scopes,
          ...(clientId ? { clientId } : {}),
        }
      : {
          mode,
          clientId,
          authority: authority.ok ? authority.value : undefined,
          scopes,
          ...(value(env, "UCB_REDIRECT_URI")
            ? { redirectUri: value(env, "UCB_REDIRECT_URI") }
            : {}),
        };
  const rolesSource = value(env, "UCB_ROLES_SOURCE") ?? "appRoles";
  const groupsRaw = value(env, "UCB_ROLE_GROUPS");
  const groups = groupsRaw === undefined ? undefined : pairs(groupsRaw);
  if (groups === null) {
    return problem(
      "roles.groups",
      "UCB_ROLE_GROUPS must be role=groupId pairs separated by commas.",
    );
  }
  let lists: unknown;
  try {
    const listNames = value(env, "UCB_LIST_NAMES");
    lists = listNames === undefined ? undefined : (JSON.parse(listNames) as unknown);
  } catch {
    return problem("lists", 'UCB_LIST_NAMES must be JSON, such as {"register":"UCB Register"}.');
  }
  const baseUrl =
    value(env, "UCB_GRAPH_BASE_URL") ??
    (mode === "emulator" ? `${emulator}/v1.0` : "https://graph.microsoft.com/v1.0");
  const defaultHosts =
    mode === "emulator" && !GRAPH_HOSTS.includes(emulatorHost) ? [emulatorHost] : [];
  return {
    ok: true,
    value: {
      graph: { baseUrl, customHosts: words(value(env, "UCB_GRAPH_CUSTOM_HOSTS")) ?? defaultHosts },
      site: {
        hostname: siteHostname ?? "council.sharepoint.com",
        path: value(env, "UCB_SITE_PATH") ?? "/sites/ucb",
      },
      ...(lists === undefined ? {} : { lists }),
      auth,
      roles: {
        source: rolesSource,
        ...(rolesSource === "groups" ? { groups } : {}),
        ...(value(env, "UCB_WHEN_NO_ROLE") ? { whenNoRole: value(env, "UCB_WHEN_NO_ROLE") } : {}),
      },
      ...(policy === undefined ? {} : { policy }),
      ...(value(env, "UCB_HELPDESK_MAILBOX")
        ? { helpdeskMailbox: value(env, "UCB_HELPDESK_MAILBOX") }
        : {}),
    },
  };
}

export function configFromEnvironment(
  env: Environment,
  policy?: unknown,
): Result<AppConfig, ConfigProblem> {
  const raw = rawConfig(env, policy);
  if (!raw.ok) return raw;
  const parsed = parseAppConfig(raw.value);
  if (parsed.ok) return parsed;
  const field = Object.keys(SOURCE_OF).find(
    (prefix) =>
      parsed.error.field === prefix ||
      parsed.error.field.startsWith(`${prefix}.`) ||
      parsed.error.field.startsWith(`${prefix}[`),
  );
  const variable = field === undefined ? undefined : SOURCE_OF[field];
  return variable === undefined
    ? parsed
    : problem(parsed.error.field, `${parsed.error.message} (Set by ${variable}.)`);
}

/** The text of config.js: plain JSON on window, so it can be edited without a build. */
export function configScript(config: AppConfig): string {
  return [
    "// Settings for the customer contact restrictions add-in, read by taskpane.html before the",
    "// pane starts. Administrators may edit this file on the web server; no rebuild is needed.",
    "// The settings are described in docs/decisions.md (config.js) and src/config/appConfig.ts.",
    `window.ucbConfig = ${JSON.stringify(config, null, 2)};`,
    "",
  ].join("\n");
}
