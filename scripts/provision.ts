/**
 * npm run provision -- creates the five UCB lists, their columns and indexes through Microsoft
 * Graph, then the city helpdesk manager's views and the register's column formatting through
 * SharePoint REST, idempotently, and prints what is left for an administrator to do by hand.
 *
 *   Against the local emulator (signs in as its site admin, it.admin@council.example):
 *     npm run provision -- --emulator [https://localhost:4443] [--site https://council.sharepoint.com/sites/ucb]
 *   Against a tenant (device code sign-in; see docs/admin-setup.md for the permissions):
 *     npm run provision -- --site https://contoso.sharepoint.com/sites/ucb --tenant <tenant id> --client-id <app id>
 *   Either way, --overwrite-views puts back views and formatting someone changed by hand.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { PublicClientApplication, type AccountInfo } from "@azure/msal-node";
import type { ListName, TokenProvider } from "../src/app/ports";
import {
  adminSteps,
  createGraphClient,
  parseSiteUrl,
  provisionCaseDocuments,
  provisionLists,
  type SiteAddress,
} from "../src/graph";
import { provisionViews } from "../src/graph/views/provision-views";
import { createSharePointClient } from "../src/graph/views/sharepoint-client";
import {
  DEFAULT_EMULATOR_URL,
  EMULATOR_SITE_URL,
  emulatorTokens,
  rerunTrustingLocalhost,
} from "./demo/emulator-session";

export const EMULATOR_ADMIN = "it.admin@council.example";
const GRAPH = "https://graph.microsoft.com";
/**
 * `.default`: whatever the provisioning registration was granted (docs/admin-setup.md step 6):
 * Sites.Manage.All and AllSites.Manage, or Sites.Selected on both APIs with a `manage` grant.
 */
const SCOPES = ["https://graph.microsoft.com/.default"];
/** The SharePoint resource, for views and column formatting (one resource per token). */
const sharePointScopes = (host: string) => [`https://${host}/.default`];

const USAGE = `Usage:
  npm run provision -- --emulator [url] [--site <site url>] [--overwrite-views]
  npm run provision -- --site <site url> --tenant <tenant id> --client-id <client id> [--graph <url>] [--overwrite-views]`;

export type SharePointTarget = {
  /** Where the site's SharePoint REST lives: the site URL (the emulator's origin plus the path). */
  readonly siteUrl: string;
  /** Tokens for the SharePoint resource, not Graph. */
  readonly tokenProvider: TokenProvider;
};

/**
 * Provisions the lists (Graph) and, given `sharePoint`, the views and column formatting
 * (SharePoint REST), reporting each change in plain words. Returns true when anything changed.
 * For scripts and npm start.
 */
export async function provision(options: {
  readonly graphUrl: string;
  readonly site: SiteAddress;
  readonly tokenProvider: TokenProvider;
  readonly customHosts?: readonly string[];
  /** Display names of lists the configuration renames (config `lists`). */
  readonly listTitles?: Readonly<Partial<Record<ListName, string>>>;
  readonly sharePoint?: SharePointTarget;
  /** Put back views and formatting that differ from the add-in's. */
  readonly overwriteViews?: boolean;
  readonly log?: (line: string) => void;
}): Promise<boolean> {
  const client = createGraphClient({
    baseUrl: options.graphUrl,
    tokenProvider: options.tokenProvider,
    customHosts: options.customHosts ?? [],
  });
  const log = options.log ?? console.log;
  const titles = options.listTitles ? { listTitles: options.listTitles } : {};
  const lists = await provisionLists(client, options.site, {
    ...titles,
    log: (line) => log(`  ${line}`),
  });
  const library = await provisionCaseDocuments(client, options.site, {
    log: (line) => log(`  ${line}`),
  });
  const listChanges = lists.changes.length + library.changes.length;
  if (listChanges === 0)
    log(
      "Lists: nothing to change; the six lists, their columns and the case documents library already match the schema.",
    );
  else log(`Lists: ${listChanges} change(s).`);
  for (const warning of [...lists.warnings, ...library.warnings]) log(`WARNING: ${warning}`);
  if (!options.sharePoint) return listChanges > 0;

  const views = await provisionViews(createSharePointClient(options.sharePoint), {
    ...titles,
    overwrite: options.overwriteViews === true,
    log: (line) => log(`  ${line}`),
  });
  if (views.changes.length === 0 && views.warnings.length === 0)
    log("Views: nothing to change; the views and column formatting already match.");
  else if (views.changes.length === 0) log("Views: nothing changed.");
  else log(`Views: ${views.changes.length} change(s).`);
  for (const warning of views.warnings) log(`WARNING: ${warning}`);
  return listChanges + views.changes.length > 0;
}

/**
 * One device-code sign-in for the command: Graph first, then the SharePoint resource from the
 * same account's refresh token (one resource per token), asking again only if consent is missing.
 */
export function deviceCodeSignIn(tenant: string, clientId: string) {
  const app = new PublicClientApplication({
    auth: { clientId, authority: `https://login.microsoftonline.com/${tenant}` },
  });
  const signedIn = async (): Promise<AccountInfo | undefined> =>
    (await app.getTokenCache().getAllAccounts())[0];
  const tokensFor = (scopes: string[]): TokenProvider => ({
    async getAccessToken() {
      const account = await signedIn();
      if (account) {
        const silent = await app.acquireTokenSilent({ account, scopes }).catch(() => null);
        if (silent) return silent.accessToken;
      }
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (response) => console.log(response.message),
      });
      if (!result) throw new Error("Sign-in did not return a token");
      return result.accessToken;
    },
  });
  return {
    graph: tokensFor(SCOPES),
    sharePoint: (host: string) => tokensFor(sharePointScopes(host)),
  };
}

export function deviceCodeTokens(tenant: string, clientId: string): TokenProvider {
  return deviceCodeSignIn(tenant, clientId).graph;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      emulator: { type: "string" },
      site: { type: "string" },
      graph: { type: "string" },
      tenant: { type: "string" },
      "client-id": { type: "string" },
      "overwrite-views": { type: "boolean" },
      help: { type: "boolean" },
    },
    // --emulator may come without a value.
    args: process.argv
      .slice(2)
      .flatMap((a, i, all) =>
        a === "--emulator" && (all[i + 1] === undefined || all[i + 1]?.startsWith("--"))
          ? [a, DEFAULT_EMULATOR_URL]
          : [a],
      ),
  });
  if (values.help) return console.log(USAGE);
  const emulator = values.emulator;
  const siteUrl = values.site ?? (emulator ? EMULATOR_SITE_URL : undefined);
  const site = siteUrl ? parseSiteUrl(siteUrl) : null;
  if (!site || !siteUrl)
    throw new Error(`--site must be a site URL such as ${EMULATOR_SITE_URL}\n${USAGE}`);
  const overwriteViews = values["overwrite-views"] === true;

  if (emulator) {
    await rerunTrustingLocalhost();
    console.log(`Provisioning ${siteUrl} on the emulator at ${emulator} as ${EMULATOR_ADMIN}:`);
    await provision({
      graphUrl: emulator,
      site,
      tokenProvider: emulatorTokens(emulator, EMULATOR_ADMIN),
      customHosts: [new URL(emulator).hostname],
      sharePoint: {
        siteUrl: `${emulator.replace(/\/+$/, "")}${site.path}`,
        tokenProvider: emulatorTokens(emulator, EMULATOR_ADMIN, `https://${site.hostname}`),
      },
      overwriteViews,
    });
  } else {
    const tenant = values.tenant;
    const clientId = values["client-id"];
    if (!tenant || !clientId) throw new Error(`A tenant needs --tenant and --client-id.\n${USAGE}`);
    console.log(`Provisioning ${siteUrl} through ${values.graph ?? GRAPH} and SharePoint REST:`);
    const signIn = deviceCodeSignIn(tenant, clientId);
    await provision({
      graphUrl: values.graph ?? GRAPH,
      site,
      tokenProvider: signIn.graph,
      sharePoint: { siteUrl, tokenProvider: signIn.sharePoint(site.hostname) },
      overwriteViews,
    });
  }
  console.log();
  console.log(adminSteps(siteUrl));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
