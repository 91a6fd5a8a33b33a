/**
 * The Graph emulator started inside this process, for tests and benchmarks: any free port,
 * SQLite in memory, the lists, views and column formatting provisioned through our own
 * provisioning code as its site admin, and Graph clients and case stores signed in as its demo
 * users.
 */
import { findUser, loadDirectory } from "../emulator/identity/directory";
import { startEmulator, type Emulator, type StartOptions } from "../emulator/server";
import type { CaseDocuments, CaseStore, TokenProvider } from "../src/app/ports";
import {
  createGraphCaseDocuments,
  createGraphCaseStore,
  createGraphClient,
  type GraphCaseStore,
  type GraphCaseStoreOptions,
  type GraphClientOptions,
  parseSiteUrl,
  provisionCaseDocuments,
  provisionLists,
  type SiteAddress,
} from "../src/graph";
import { provisionViews } from "../src/graph/views/provision-views";
import { createSharePointClient } from "../src/graph/views/sharepoint-client";
import { EMULATOR_ADMIN } from "./provision";

export type InProcessEmulator = {
  readonly emu: Emulator;
  readonly site: SiteAddress;
  readonly tokensFor: (upn: string) => TokenProvider;
  readonly clientFor: (upn: string) => ReturnType<typeof createGraphClient>;
  /** A case store as `upn`; `retry` adds to the store retry given at start. */
  readonly storeFor: (upn: string, retry?: GraphCaseStoreOptions["retry"]) => CaseStore;
  /** A case store as `upn` keeping the register's addresses in memory, as the pane's does. */
  readonly indexedStoreFor: (
    upn: string,
    index?: GraphCaseStoreOptions["addressIndex"],
    client?: Partial<GraphClientOptions>,
  ) => GraphCaseStore;
  /** UCB Case Documents as `upn`, with the store's retry policy. */
  readonly documentsFor: (upn: string, retry?: GraphCaseStoreOptions["retry"]) => CaseDocuments;
  readonly stop: () => Promise<void>;
};

export type InProcessEmulatorOptions = {
  /** Provision the lists (default true); false for tests of provisioning itself. */
  readonly provision?: boolean;
  /** The Graph SDK's retries for every client (default: the client's own). */
  readonly clientRetry?: GraphClientOptions["retry"];
  /** The case stores' retry policy (default: the store's own). */
  readonly storeRetry?: GraphCaseStoreOptions["retry"];
  /** More options for the emulator itself (a misconfigured site, say). */
  readonly emulator?: Omit<StartOptions, "port" | "dataFile">;
};

/** A PnPjs client for the emulator's SharePoint REST, signed in as `upn` for the SharePoint resource. */
export function sharePointFor(
  emu: Emulator,
  upn: string,
): ReturnType<typeof createSharePointClient> {
  return createSharePointClient({
    siteUrl: emu.sharePointSiteUrl,
    tokenProvider: {
      getAccessToken: () =>
        Promise.resolve(emu.tokenFor(upn, { resource: emu.sharePointResource })),
    },
  });
}

export async function startInProcessEmulator(
  options: InProcessEmulatorOptions = {},
): Promise<InProcessEmulator> {
  const emu = await startEmulator({ ...options.emulator, port: 0, dataFile: ":memory:" });
  const site = parseSiteUrl(emu.siteUrl);
  if (!site) {
    await emu.stop();
    throw new Error(`Unexpected site URL ${emu.siteUrl}`);
  }
  const tokensFor = (upn: string): TokenProvider => ({
    getAccessToken: () => Promise.resolve(emu.tokenFor(upn)),
  });
  // As the pane decides (main.tsx, from the sign-in's app roles): frontline staff read only
  // their copy of the register (need to know).
  const directory = loadDirectory();
  const readsEverything = (upn: string) => () =>
    Promise.resolve(findUser(directory, upn)?.appRole !== "Frontline");
  const clientFor = (upn: string, extra: Partial<GraphClientOptions> = {}) =>
    createGraphClient({
      baseUrl: emu.url,
      customHosts: [new URL(emu.url).hostname],
      tokenProvider: tokensFor(upn),
      ...(options.clientRetry ? { retry: options.clientRetry } : {}),
      ...extra,
    });
  if (options.provision !== false) {
    await provisionLists(clientFor(EMULATOR_ADMIN), site);
    await provisionViews(sharePointFor(emu, EMULATOR_ADMIN));
    await provisionCaseDocuments(clientFor(EMULATOR_ADMIN), site);
  }
  return {
    emu,
    site,
    tokensFor,
    clientFor,
    storeFor: (upn, retry) =>
      createGraphCaseStore({
        client: clientFor(upn),
        site,
        retry: { ...options.storeRetry, ...retry },
        readsEverything: readsEverything(upn),
      }),
    indexedStoreFor: (upn, index = {}, client = {}) =>
      createGraphCaseStore({
        client: clientFor(upn, client),
        site,
        retry: { ...options.storeRetry },
        addressIndex: index,
        readsEverything: readsEverything(upn),
      }),
    documentsFor: (upn, retry) =>
      createGraphCaseDocuments({
        client: clientFor(upn),
        site,
        retry: { ...options.storeRetry, ...retry },
      }),
    stop: () => emu.stop(),
  };
}
