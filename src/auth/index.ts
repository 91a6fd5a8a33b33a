/**
 * src/auth: sign-in for the task pane. main.tsx builds one AuthService from the app's
 * configuration; src/graph receives it as its TokenProvider, the use cases as their Session.
 * main.tsx imports createAuth from ./createAuth itself, so the pane's first chunk holds only
 * that; each mode's implementation is its own chunk.
 */
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
export type { NaaDependencies } from "./naaAuth";
export { APP_ROLE_VALUES, rolesFromClaims } from "./roles";
export { type AuthDependencies, createAuth, DEFAULT_DEMO_USER, preloadAuth } from "./createAuth";
