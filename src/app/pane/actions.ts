/**
 * What the signed-in user may do in the pane, by role. Who may raise a concern or refer comes
 * from the domain's rules (openCaseRoleRefusal, CASE_RULES); the pane adds only who may open the
 * case workspace, which is a matter of screens, not of the policy.
 */
import { sameAddress } from "../../domain/address";
import { openCaseRoleRefusal, REFERRAL, SENIOR_DECIDERS } from "../../domain/caseRoles";
import type { PolicyConfig } from "../../domain/config";
import type { Actor, RegisterEntry, Role } from "../../domain/types";
import type { SignedInUser } from "../ports";
import type { Access, CaseActions, PaneActions } from "./types";

/** The helpdesk manager and the deciding roles: they work on cases in the case workspace. */
export const CASE_WORKSPACE_ROLES: readonly Role[] = [
  "cityHelpdeskManager",
  "assistantDirector",
  "citySolicitor",
  "director",
];

/** A signed-in user with no role: the one wording wherever the pane says so. */
export const NO_ACCESS_TITLE = "You don't have access to this add-in";
export const NO_ACCESS_MESSAGE =
  "Your account has no role in this add-in, so it cannot show restrictions. Ask your IT service desk to give you the role your job needs.";

export function accessFor(user: SignedInUser): Access {
  return user.roles.length > 0
    ? { allowed: true, roles: user.roles }
    : { allowed: false, message: NO_ACCESS_MESSAGE };
}

export const NO_ACTIONS: PaneActions = {
  logContact: false,
  forwardToSpoc: false,
  raiseConcern: false,
  refer: false,
  openCase: false,
  findCase: false,
  immediateAction: false,
};

export const NO_CASE_ACTIONS: CaseActions = {
  logContact: false,
  forwardToSpoc: false,
  refer: false,
  openCase: false,
};

/** The user acting in the first of their roles that `allowed` accepts. */
export function actorFor(user: SignedInUser, allowed: (role: Role) => boolean): Actor | undefined {
  const role = user.roles.find(allowed);
  return role ? { name: user.name, email: user.email, role } : undefined;
}

export function mayOpenCases(user: SignedInUser, config?: PolicyConfig): boolean {
  return user.roles.some((r) => CASE_WORKSPACE_ROLES.includes(r)) || isDeputy(user, config);
}

/** Named in configuration as a deputy (5.2.5, 5.2.6): they may open the case workspace. */
function isDeputy(user: SignedInUser, config: PolicyConfig | undefined): boolean {
  return config?.deputies.some((d) => sameAddress(d.email, user.email)) ?? false;
}

/**
 * Section 4: the assistant director or the City Solicitor, or a configured deputy for either,
 * may record immediate action against a threat to staff. Whether a deputy's delegation runs
 * today is checked when they act.
 */
export function mayTakeImmediateAction(user: SignedInUser, config: PolicyConfig): boolean {
  return (
    user.roles.some((r) => SENIOR_DECIDERS.includes(r)) ||
    config.deputies.some((d) => sameAddress(d.email, user.email))
  );
}

/** 5.1: the domain decides who may raise a step-one concern. */
export function concernRaiser(user: SignedInUser, config: PolicyConfig): Actor | undefined {
  return actorFor(user, (role) => openCaseRoleRefusal(role, config) === undefined);
}

/**
 * 5.2.1: who may refer, at which stages, from the domain's rule. Whether the step one was
 * confirmed in writing needs the case file: prepareReferral checks that with availableCommands.
 */
export function mayRefer(user: SignedInUser, entry: RegisterEntry): boolean {
  return (
    REFERRAL.stages.includes(entry.stage) && user.roles.some((r) => REFERRAL.roles.includes(r))
  );
}

/**
 * What the user may do on one case: seen in a message being read, in one being written, or on
 * its own (a card: found by search, no message to log or forward).
 */
export function caseActionsFor(
  user: SignedInUser,
  entry: RegisterEntry,
  mode: "read" | "compose" | "card",
  config?: PolicyConfig,
): CaseActions {
  if (user.roles.length === 0) return NO_CASE_ACTIONS;
  if (mode === "card") {
    return {
      logContact: false,
      forwardToSpoc: false,
      refer: mayRefer(user, entry),
      openCase: mayOpenCases(user, config),
    };
  }
  const reading = mode === "read";
  return {
    logContact: reading,
    forwardToSpoc: reading && (entry.spoc !== undefined || entry.deputy !== undefined),
    refer: reading && mayRefer(user, entry),
    openCase: mayOpenCases(user, config),
  };
}

/** The pane's actions: any case allowing it, and raising a concern when no case is open. */
export function paneActionsFor(
  user: SignedInUser,
  config: PolicyConfig,
  cases: readonly { readonly stage: RegisterEntry["stage"]; readonly actions: CaseActions }[],
  mode: "read" | "compose",
  checked: boolean,
): PaneActions {
  if (user.roles.length === 0) return NO_ACTIONS;
  const any = (key: keyof CaseActions) => cases.some((c) => c.actions[key]);
  const openCase = cases.some((c) => c.stage !== "ended" && c.stage !== "closed");
  return {
    logContact: any("logContact"),
    forwardToSpoc: any("forwardToSpoc"),
    raiseConcern:
      mode === "read" && checked && !openCase && concernRaiser(user, config) !== undefined,
    refer: any("refer"),
    openCase: any("openCase"),
    findCase: mayOpenCases(user, config),
    immediateAction:
      mode === "read" && checked && !openCase && mayTakeImmediateAction(user, config),
  };
}
