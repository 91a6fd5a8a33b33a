/** What the signed-in user may do in the pane, by role (the domain's rules, not a copy). */
import type { SignedInUser } from "../ports";
import type { Access, PaneActions } from "./types";

export function accessFor(user: SignedInUser): Access {
  return user.roles.length > 0
    ? { allowed: true, roles: user.roles }
    : {
        allowed: false,
        message:
          "Your account has no role in this add-in, so it cannot show restrictions. Ask your IT service desk to give you the role your job needs.",
      };
}

export const NO_ACTIONS: PaneActions = {
  logContact: false,
  forwardToSpoc: false,
  raiseConcern: false,
  refer: false,
  openCase: false,
  findCase: false,
};
