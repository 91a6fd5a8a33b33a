/**
 * The AuthService for the configured mode. Each mode's implementation is its own chunk,
 * loaded for that mode only: the emulator never loads MSAL, and in Outlook MSAL loads beside
 * the pane's other start-up chunks. This file stays small: the task pane's first chunk holds it.
 */
import { AuthError } from "../app/ports";
import type { AuthSettings, SignInConfig } from "./config";
import type { EmulatorAuth } from "./emulatorAuth";
import type { AuthHost } from "./host";
import type { AuthService } from "./service";

/** The demo user the emulator signs in as when the harness names none: frontline staff. */
export const DEFAULT_DEMO_USER = "alex.morgan@council.example";

export type AuthDependencies = {
  /** The task pane's URL (window.location.href): the fallback page is found beside it. */
  readonly pageUrl: string;
  /** Outlook, through src/office/authHost.ts (createOfficeAuthHost); needed in "naa" mode. */
  readonly host?: AuthHost;
  /** Emulator mode: the demo user to start as. */
  readonly emulatorUser?: string;
  readonly verboseLogging?: boolean;
};

const loadEmulatorAuth = () => import("./emulatorAuth");
const loadNaaAuth = () => import("./naaAuth");

/**
 * Starts loading the sign-in code for `mode` (MSAL for "naa"), so that it arrives while
 * Office starts; createAuth then finds it loaded. Loading twice fetches once.
 */
export function preloadAuth(mode: AuthSettings["mode"]): Promise<unknown> {
  return mode === "emulator" ? loadEmulatorAuth() : loadNaaAuth();
}

/** The AuthService for the configured mode; emulator mode gives the switchable kind. */
export async function createAuth(
  config: SignInConfig,
  deps: AuthDependencies,
): Promise<AuthService | EmulatorAuth> {
  const { auth, roles } = config;
  if (auth.mode === "emulator") {
    const { createEmulatorAuth } = await loadEmulatorAuth();
    return createEmulatorAuth({
      tokenUrl: auth.emulatorTokenUrl,
      upn: deps.emulatorUser ?? DEFAULT_DEMO_USER,
      roles,
    });
  }
  if (!deps.host) throw new AuthError("misconfigured", "NAA sign-in needs the Outlook auth host.");
  const { createNaaAuth } = await loadNaaAuth();
  return createNaaAuth(
    { auth, roles },
    {
      host: deps.host,
      pageUrl: deps.pageUrl,
      ...(deps.verboseLogging !== undefined ? { verboseLogging: deps.verboseLogging } : {}),
    },
  );
}
