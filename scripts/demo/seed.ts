/**
 * Loads the demo cases into a site through the real CaseStore (Graph), on first start only:
 * if the register already holds items, it does nothing. Never used by tests unless a test
 * asks for it explicitly.
 */
import type { CaseStore, TokenProvider } from "../../src/app/ports";
import {
  createGraphCaseStore,
  createGraphClient,
  hasRegisterItems,
  parseSiteUrl,
  type SiteAddress,
} from "../../src/graph";
import { provision, EMULATOR_ADMIN } from "../provision";
import { demoCases, type DemoCase } from "./cases";
import { EMULATOR_SITE_URL, emulatorTokens } from "./emulator-session";
import { SEEDER } from "./people";

export type SeedResult = {
  readonly seeded: boolean;
  readonly cases: number;
  readonly contacts: number;
};

/** Loads the cases through a CaseStore, one case at a time (each case's writes in order). */
export async function loadDemoCases(
  store: CaseStore,
  cases: readonly DemoCase[],
): Promise<SeedResult> {
  let contacts = 0;
  for (const c of cases) {
    await store.createCase(c.newCase, c.openedBy);
    for (const e of c.events) await store.appendEvent(e);
    for (const contact of c.contacts) await store.logContact(contact);
    contacts += c.contacts.length;
  }
  return { seeded: true, cases: cases.length, contacts };
}

export type EmulatorSiteOptions = {
  /** The emulator's origin, e.g. "https://localhost:4443" (startEmulator's `url`). */
  readonly emulatorUrl: string;
  /** Tokens for a demo user: `(upn) => ({ getAccessToken: async () => emu.tokenFor(upn) })`. */
  readonly tokensFor: (upn: string) => TokenProvider;
  readonly site?: SiteAddress;
  readonly now?: Date;
  readonly log?: (line: string) => void;
};

/**
 * For `npm start`: provisions the lists, views and column formatting (as the emulator's site
 * admin; idempotent) and, on the
 * first start only, loads the demo cases (as the city helpdesk manager).
 */
export async function prepareEmulatorSite(options: EmulatorSiteOptions): Promise<SeedResult> {
  const site = options.site ?? parseSiteUrl(EMULATOR_SITE_URL);
  if (!site) throw new Error("Bad emulator site URL");
  const log = options.log ?? (() => undefined);
  const customHosts = [new URL(options.emulatorUrl).hostname];
  await provision({
    graphUrl: options.emulatorUrl,
    site,
    tokenProvider: options.tokensFor(EMULATOR_ADMIN),
    customHosts,
    sharePoint: {
      siteUrl: `${options.emulatorUrl.replace(/\/+$/, "")}${site.path}`,
      tokenProvider: emulatorTokens(
        options.emulatorUrl,
        EMULATOR_ADMIN,
        `https://${site.hostname}`,
      ),
    },
    log,
  });
  const client = createGraphClient({
    baseUrl: options.emulatorUrl,
    customHosts,
    tokenProvider: options.tokensFor(SEEDER.email),
  });
  if (await hasRegisterItems(client, site)) {
    log("Demo data: the register already holds cases; nothing loaded.");
    return { seeded: false, cases: 0, contacts: 0 };
  }
  const result = await loadDemoCases(
    createGraphCaseStore({ client, site }),
    demoCases(options.now),
  );
  log(`Demo data: loaded ${result.cases} cases and ${result.contacts} contacts.`);
  return result;
}
