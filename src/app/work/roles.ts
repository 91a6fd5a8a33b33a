/**
 * The roles that have work queues (queues.ts), kept apart from the queue table so the pane's
 * first load can decide where to start without loading the queues themselves.
 */
import type { Role } from "../../domain/types";

export const ROLES_WITH_WORK: readonly Role[] = [
  "serviceManager",
  "cityHelpdeskManager",
  "assistantDirector",
  "citySolicitor",
  "director",
];

/** Whether this user has any work queue: the deciding roles (frontline staff have none). */
export function hasWork(user: { readonly roles: readonly Role[] }): boolean {
  return user.roles.some((r) => ROLES_WITH_WORK.includes(r));
}
