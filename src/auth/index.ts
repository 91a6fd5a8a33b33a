/**
 * src/auth: sign-in for the task pane. main.tsx builds one AuthService from the app's
 * configuration; src/graph receives it as its TokenProvider, the use cases as their Session.
 */
import { AuthError } from "../app/ports";
import type { SignInConfig } from "./config";
import { createEmulatorAuth, type EmulatorAuth } from "./emulatorAuth";
import type { AuthHost } from "./host";
import { createNaaAuth } from "./naaAuth";
import type { AuthService } from "./service";

export type {
  AuthSettings,
  EmulatorSettings,
  NaaConfig,
  NaaSettings,
  RoleSettings,
  SignInConfig,
} from "./config";
export { DEFAULT_GRAPH_SCOPES, adminConsentUrl, resolveScopes } from "./config";
export type { AuthHost, DialogOutcome } from "./host";
export type { AuthService } from "./service";
export type { EmulatorAuth, EmulatorAuthOptions } from "./emulatorAuth";
export { createEmulatorAuth } from "./emulatorAuth";
export { createNaaAuth, type NaaDependencies } from "./naaAuth";
export { APP_ROLE_VALUES, rolesFromClaims } from "./roles";

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

/** The AuthService for the configured mode; emulator mode gives the switchable kind. */
export function createAuth(
  config: SignInConfig,
  deps: AuthDependencies,
): AuthService | EmulatorAuth {
  const { auth, roles } = config;
  if (auth.mode === "emulator") {
    return createEmulatorAuth({
      tokenUrl: auth.emulatorTokenUrl,
      upn: deps.emulatorUser ?? DEFAULT_DEMO_USER,
      roles,
    });
  }
  if (!deps.host) throw new AuthError("misconfigured", "NAA sign-in needs the Outlook auth host.");
  return createNaaAuth(
    { auth, roles },
    {
      host: deps.host,
      pageUrl: deps.pageUrl,
      ...(deps.verboseLogging !== undefined ? { verboseLogging: deps.verboseLogging } : {}),
    },
  );
}
