/**
 * The store against the in-process Graph emulator over HTTPS: lists provisioned through our own
 * provisioning code, stores signed in as the emulator's demo users.
 */
import { startEmulator, type Emulator } from "../../../emulator/server";
import type { TokenProvider } from "../../../src/app/ports";
import {
  createGraphCaseStore,
  createGraphClient,
  parseSiteUrl,
  provisionLists,
  type SiteAddress,
} from "../../../src/graph";
import type { RetryPolicy } from "../../../src/graph/retry-policy";

export const ADMIN = "it.admin@council.example";
export const ALEX = "alex.morgan@council.example"; // frontline
export const PRIYA = "priya.shah@council.example"; // service manager
export const JORDAN = "jordan.lee@council.example"; // city helpdesk manager

export type StoreFixture = {
  readonly emu: Emulator;
  readonly site: SiteAddress;
  clientFor(upn: string): ReturnType<typeof createGraphClient>;
  storeFor(upn: string, retry?: Partial<RetryPolicy>): ReturnType<typeof createGraphCaseStore>;
  stop(): Promise<void>;
};

export function tokensFor(emu: Emulator, upn: string): TokenProvider {
  return { getAccessToken: () => Promise.resolve(emu.tokenFor(upn)) };
}

export async function startStoreEmulator(
  options: { provision?: boolean } = {},
): Promise<StoreFixture> {
  const emu = await startEmulator({ port: 0, dataFile: ":memory:" });
  const site = parseSiteUrl(emu.siteUrl);
  if (!site) throw new Error(`Unexpected site URL ${emu.siteUrl}`);
  const clientFor = (upn: string) =>
    createGraphClient({
      baseUrl: emu.url,
      customHosts: [new URL(emu.url).hostname],
      tokenProvider: tokensFor(emu, upn),
      retry: { maxRetries: 3, delaySeconds: 1 },
    });
  if (options.provision !== false) await provisionLists(clientFor(ADMIN), site);
  return {
    emu,
    site,
    clientFor,
    storeFor: (upn, retry) =>
      createGraphCaseStore({ client: clientFor(upn), site, retry: { baseDelayMs: 50, ...retry } }),
    stop: () => emu.stop(),
  };
}
