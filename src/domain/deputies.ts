import { sameAddress } from "./address";
import type { PolicyConfig } from "./config";
import { isAfter, isBefore } from "./localDate";
import type { Actor, LocalDate, Person, Role } from "./types";

// "Or appropriate deputy" (5.2.5, 5.2.6): a deputy named in configuration acts in the role
// they deputise for, signed in as themselves, and every record says "deputy for …".

/** A role title without its bracketed note: "City Solicitor (or deputy)" → "City Solicitor". */
export function bareRoleTitle(role: Role, config: PolicyConfig): string {
  return config.roleTitles[role].replace(/\s*\([^)]*\)\s*$/, "").trim();
}

/**
 * The role someone acted in: "assistant director of corporate services", "City Solicitor", or
 * "deputy for the City Solicitor". A person is named in their own role, not "(or deputy)".
 */
export function roleInWords(actor: Actor, config: PolicyConfig): string {
  const title = bareRoleTitle(actor.role, config);
  return actor.asDeputy === true ? `deputy for the ${title}` : title;
}

/** "Morgan Blake, assistant director of corporate services" or "Sam Rivers, deputy for …". */
export function actorInWords(actor: Actor, config: PolicyConfig): string {
  return `${actor.name}, ${roleInWords(actor, config)}`;
}

/**
 * Everyone this person may act as on `on`: their own roles, in the order given, then the roles
 * configuration lets them deputise for (while the delegation runs and they do not hold the
 * role themselves).
 */
export function actorsFor(
  person: Person,
  roles: readonly Role[],
  config: PolicyConfig,
  on: LocalDate,
): readonly Actor[] {
  const own: Actor[] = roles.map((role) => ({ name: person.name, email: person.email, role }));
  const deputising: Actor[] = config.deputies
    .filter(
      (d) =>
        sameAddress(d.email, person.email) &&
        !roles.includes(d.deputyFor) &&
        (d.from === undefined || !isBefore(on, d.from)) &&
        (d.until === undefined || !isAfter(on, d.until)),
    )
    .map((d) => ({ name: person.name, email: person.email, role: d.deputyFor, asDeputy: true }));
  const unique = deputising.filter((a, i) => deputising.findIndex((b) => b.role === a.role) === i);
  return [...own, ...unique];
}
