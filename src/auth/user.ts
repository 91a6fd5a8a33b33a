/** The signed-in user, from the claims of the add-in's ID token (or the emulator's copy). */
import { AuthError, type SignedInUser } from "../app/ports";
import { normaliseAddress } from "../domain/address";
import type { EmailAddress } from "../domain/types";
import type { RoleSettings } from "./config";
import { groupsOverage, rolesFromClaims, type Claims } from "./roles";

function text(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

// Entra's preferred_username is the UPN; the optional `email` claim, where the tenant adds it,
// is the primary SMTP address, which is what the lists record. Normalised as the domain does.
function emailOf(claims: Claims, fallback?: string): EmailAddress | undefined {
  const candidates = [
    text(claims, "email"),
    text(claims, "preferred_username"),
    text(claims, "upn"),
    fallback,
  ];
  for (const raw of candidates) {
    const address = raw === undefined ? undefined : normaliseAddress(raw);
    if (address?.ok) return address.value;
  }
  return undefined;
}

/**
 * Throws `misconfigured` when the token names no email address: the pane records who did
 * what, so it cannot work for an account without one.
 */
export function userFromClaims(
  claims: Claims,
  roles: RoleSettings,
  fallbackUsername?: string,
): SignedInUser {
  const email = emailOf(claims, fallbackUsername);
  if (!email) {
    throw new AuthError(
      "misconfigured",
      "The sign-in gave no email address for this account (claims email, preferred_username, upn).",
    );
  }
  if (roles.source === "groups" && groupsOverage(claims)) {
    console.warn(
      "The ID token has no groups claim because the user is in too many groups; " +
        "set the registration to emit only groups assigned to the application.",
    );
  }
  return { name: text(claims, "name") ?? email, email, roles: rolesFromClaims(claims, roles) };
}
