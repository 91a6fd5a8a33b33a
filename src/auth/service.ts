import type { Session, TokenProvider } from "../app/ports";

/**
 * What every sign-in here offers: Graph tokens for src/graph (whose 401 handling asks once
 * for a fresh token with `forceRefresh`) and the signed-in user for the use cases. Errors are
 * always AuthError (src/app/ports.ts).
 */
export type AuthService = TokenProvider & Session;
