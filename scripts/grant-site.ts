/**
 * npm run grant-site -- gives the add-in's app registration `write` on the one UCB site, for the
 * delegated Sites.Selected permission (docs/admin-setup.md step 8), idempotently:
 *
 *   Against a tenant (device code sign-in):
 *     npm run grant-site -- --tenant <tenant id> --client-id <add-in client id> \
 *       --admin-client-id <granting registration's client id> [--site <site url>] [--role write]
 *   Against the local emulator (signs in as its site admin, it.admin@council.example):
 *     npm run grant-site -- --emulator [https://localhost:4443] --client-id <app id> [--site …]
 *
 * Microsoft Graph's POST /sites/{id}/permissions needs the delegated Sites.FullControl.All
 * permission, and "in delegated workflows, the user must have an administrator role, such as
 * SharePoint Administrator or higher" (learn.microsoft.com/graph/api/site-post-permissions).
 * It lists the site's permissions first: an existing grant to the app with the asked role is
 * left alone, one with another role is changed to it, and only a missing one is created.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { Client } from "@microsoft/microsoft-graph-client";
import { PublicClientApplication } from "@azure/msal-node";
import { isStoreError, type TokenProvider } from "../src/app/ports";
import { createGraphClient, parseSiteUrl, type SiteAddress } from "../src/graph";
import { normaliseError } from "../src/graph/errors";
import { isRecord } from "../src/graph/shape";
import {
  DEFAULT_EMULATOR_URL,
  EMULATOR_SITE_URL,
  emulatorTokens,
  rerunTrustingLocalhost,
} from "./demo/emulator-session";
import { EMULATOR_ADMIN } from "./provision";

const GRAPH = "https://graph.microsoft.com";
/** The one permission POST /sites/{id}/permissions accepts for delegated access. */
export const GRANT_SCOPE = "Sites.FullControl.All";
export const SITE_ROLES = ["read", "write", "manage", "fullcontrol"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];
const DEFAULT_NAME = "UCB customer contact restrictions";

/** What the command found and did, for its last line. */
export type GrantOutcome =
  | { readonly kind: "created"; readonly permissionId: string }
  | { readonly kind: "updated"; readonly permissionId: string; readonly from: readonly string[] }
  | { readonly kind: "unchanged"; readonly permissionId: string };

export class GrantError extends Error {
  override readonly name = "GrantError";
}

type Permission = {
  readonly id: string;
  readonly roles: readonly string[];
  readonly apps: string[];
};

function permissionsOf(page: unknown): Permission[] {
  const value = isRecord(page) && Array.isArray(page["value"]) ? page["value"] : [];
  return value.filter(isRecord).map((p) => {
    const list = (key: string): unknown[] => {
      const v: unknown = p[key];
      return Array.isArray(v) ? (v as unknown[]) : [];
    };
    const identities = [...list("grantedToIdentitiesV2"), ...list("grantedToIdentities")];
    const apps = identities.flatMap((i) => {
      const app = isRecord(i) ? i["application"] : undefined;
      const id = isRecord(app) ? app["id"] : undefined;
      return typeof id === "string" ? [id.toLowerCase()] : [];
    });
    const roles = Array.isArray(p["roles"])
      ? p["roles"].filter((r): r is string => typeof r === "string")
      : [];
    return { id: typeof p["id"] === "string" ? p["id"] : "", roles, apps };
  });
}

/** Graph's refusal in words: what the administrator must have for this to work. */
function explain(e: unknown, step: string): Error {
  const error = normaliseError(e);
  const status = isStoreError(error)
    ? ({ unauthorised: 401, forbidden: 403, notFound: 404 } as Record<string, number>)[error.code]
    : undefined;
  const message = error.message;
  if (status === 401 || status === 403) {
    return new GrantError(
      `Microsoft Graph refused to ${step} (${status}: ${message}). Granting needs both: the ` +
        `signed-in account holds the SharePoint Administrator or Global Administrator role, and ` +
        `its token carries the delegated ${GRANT_SCOPE} permission, consented for the registration ` +
        "you signed in with (docs/admin-setup.md step 8).",
    );
  }
  if (status === 404) {
    return new GrantError(`Microsoft Graph could not ${step}: not found (${message}).`);
  }
  return new GrantError(`Microsoft Graph could not ${step}: ${message}`);
}

async function call<T>(step: string, what: () => Promise<T>): Promise<T> {
  try {
    return await what();
  } catch (e) {
    throw explain(e, step);
  }
}

/**
 * Grants `role` on the site to the app `appId`, listing the site's permissions first, and
 * returns what it did. Each step is logged in plain words.
 */
export async function grantSite(options: {
  readonly client: Client;
  readonly site: SiteAddress;
  readonly appId: string;
  readonly role?: SiteRole;
  readonly displayName?: string;
  readonly log?: (line: string) => void;
}): Promise<GrantOutcome> {
  const log = options.log ?? console.log;
  const role = options.role ?? "write";
  const appId = options.appId.trim().toLowerCase();
  const siteName = `${options.site.hostname}${options.site.path}`;
  const found: unknown = await call(`find the site ${siteName}`, () =>
    options.client.api(`/sites/${options.site.hostname}:${options.site.path}`).select("id").get(),
  );
  const siteId = isRecord(found) && typeof found["id"] === "string" ? found["id"] : undefined;
  if (!siteId) throw new GrantError(`Microsoft Graph gave no id for the site ${siteName}.`);
  log(`Site ${siteName}: ${siteId}`);
  const permissions = permissionsOf(
    await call("list the site's permissions", () =>
      options.client.api(`/sites/${siteId}/permissions`).get(),
    ),
  );
  const existing = permissions.find((p) => p.apps.includes(appId));
  if (existing && existing.roles.length === 1 && existing.roles[0] === role) {
    log(`Nothing to change: the app ${appId} already has ${role} on ${siteName}.`);
    return { kind: "unchanged", permissionId: existing.id };
  }
  if (existing) {
    await call(`change the app's role on ${siteName}`, () =>
      options.client
        .api(`/sites/${siteId}/permissions/${encodeURIComponent(existing.id)}`)
        .patch({ roles: [role] }),
    );
    log(
      `Changed the app ${appId}'s role on ${siteName} from ${existing.roles.join(", ") || "none"} to ${role}.`,
    );
    return { kind: "updated", permissionId: existing.id, from: existing.roles };
  }
  const created: unknown = await call(`grant ${role} on ${siteName}`, () =>
    options.client.api(`/sites/${siteId}/permissions`).post({
      roles: [role],
      grantedToIdentities: [
        { application: { id: appId, displayName: options.displayName ?? DEFAULT_NAME } },
      ],
    }),
  );
  const permissionId = isRecord(created) && typeof created["id"] === "string" ? created["id"] : "";
  log(`Granted ${role} on ${siteName} to the app ${appId} (permission ${permissionId}).`);
  return { kind: "created", permissionId };
}

/** Device code sign-in for the one scope granting needs. */
function deviceCodeTokens(tenant: string, clientId: string): TokenProvider {
  const app = new PublicClientApplication({
    auth: { clientId, authority: `https://login.microsoftonline.com/${tenant}` },
  });
  const scopes = [`${GRAPH}/${GRANT_SCOPE}`];
  return {
    async getAccessToken() {
      const account = (await app.getTokenCache().getAllAccounts())[0];
      if (account) {
        const silent = await app.acquireTokenSilent({ account, scopes }).catch(() => null);
        if (silent) return silent.accessToken;
      }
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (response) => console.log(response.message),
      });
      if (!result) throw new GrantError("Sign-in did not return a token");
      return result.accessToken;
    },
  };
}

/** The site config.js names (`site.hostname` and `site.path`), when dist/config.js exists. */
export function siteFromConfig(configJs: string): string | undefined {
  const json = /window\.ucbConfig\s*=\s*([\s\S]*);\s*$/.exec(configJs.trim())?.[1];
  if (json === undefined) return undefined;
  const config = JSON.parse(json) as unknown;
  const site = isRecord(config) ? config["site"] : undefined;
  if (!isRecord(site) || typeof site["hostname"] !== "string") return undefined;
  return `https://${site["hostname"]}${typeof site["path"] === "string" ? site["path"] : ""}`;
}

const USAGE = `Usage:
  npm run grant-site -- --tenant <tenant id> --client-id <add-in client id> --admin-client-id <granting registration's client id> [--site <site url>] [--role write]
  npm run grant-site -- --emulator [url] --client-id <app id> [--site <site url>] [--role write]
--site defaults to the site in dist/config.js. --role is read, write (the add-in's), manage (the provisioning registration's) or fullcontrol.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      emulator: { type: "string" },
      site: { type: "string" },
      tenant: { type: "string" },
      "client-id": { type: "string" },
      "admin-client-id": { type: "string" },
      role: { type: "string" },
      "display-name": { type: "string" },
      help: { type: "boolean" },
    },
    args: process.argv
      .slice(2)
      .flatMap((a, i, all) =>
        a === "--emulator" && (all[i + 1] === undefined || all[i + 1]?.startsWith("--"))
          ? [a, DEFAULT_EMULATOR_URL]
          : [a],
      ),
  });
  if (values.help) return console.log(USAGE);
  const appId = values["client-id"];
  if (!appId) throw new GrantError(`--client-id (the app to grant) is required.\n${USAGE}`);
  const role = SITE_ROLES.find((r) => r === (values.role ?? "write"));
  if (!role) throw new GrantError(`--role must be one of ${SITE_ROLES.join(", ")}.\n${USAGE}`);
  let siteUrl = values.site ?? (values.emulator ? EMULATOR_SITE_URL : undefined);
  if (siteUrl === undefined) {
    try {
      siteUrl = siteFromConfig(readFileSync(resolve("dist/config.js"), "utf8"));
    } catch {
      siteUrl = undefined;
    }
  }
  const site = siteUrl ? parseSiteUrl(siteUrl) : null;
  if (!site) throw new GrantError(`--site must be the UCB site's URL.\n${USAGE}`);
  const common = {
    site,
    appId,
    role,
    ...(values["display-name"] ? { displayName: values["display-name"] } : {}),
  };
  if (values.emulator) {
    await rerunTrustingLocalhost();
    const emulator = values.emulator;
    console.log(`Granting on the emulator at ${emulator} as ${EMULATOR_ADMIN}:`);
    const client = createGraphClient({
      baseUrl: `${emulator.replace(/\/+$/, "")}/v1.0`,
      tokenProvider: emulatorTokens(emulator, EMULATOR_ADMIN, undefined, [GRANT_SCOPE]),
      customHosts: [new URL(emulator).hostname],
    });
    await grantSite({ client, ...common });
    return;
  }
  const tenant = values.tenant;
  const adminClientId = values["admin-client-id"];
  if (!tenant || !adminClientId) {
    throw new GrantError(`A tenant needs --tenant and --admin-client-id.\n${USAGE}`);
  }
  console.log(
    `Sign in as a SharePoint Administrator or Global Administrator; the registration ${adminClientId} ` +
      `needs the delegated ${GRANT_SCOPE} permission, with admin consent.`,
  );
  const client = createGraphClient({
    baseUrl: `${GRAPH}/v1.0`,
    tokenProvider: deviceCodeTokens(tenant, adminClientId),
  });
  await grantSite({ client, ...common });
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  main().catch((e: unknown) => {
    console.error(e instanceof GrantError ? e.message : e);
    process.exitCode = 1;
  });
}
