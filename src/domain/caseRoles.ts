/**
 * Who may act on a case, by role, and a case's stage in words: the part of the commands' rules
 * (lifecycleRules.ts, which re-exports it) that the pane needs to give a verdict, kept apart so
 * the pane's first load does not carry every command's rules.
 */
import type { PolicyConfig } from "./config";
import { refusal, rolesInWords } from "./lifecycleSupport";
import type { Refusal, Role, Stage, StepOneRecord } from "./types";

/** Any manager (5.1 "the appropriate manager": a senior manager of the service, or above). */
export const MANAGER_ROLES: readonly Role[] = [
  "serviceManager",
  "cityHelpdeskManager",
  "assistantDirector",
  "citySolicitor",
  "director",
];

/** 5.2.5: extreme measures; 5.2.6: not telling the customer. */
export const SENIOR_DECIDERS: readonly Role[] = ["assistantDirector", "citySolicitor"];

/** 5.2.4: imposing restrictions that are not extreme. */
export const RESTRICTION_DECIDERS: readonly Role[] = ["cityHelpdeskManager", "assistantDirector"];

/** 5.2.1: who may refer a case, and at which stages (the refer command's rule). */
export const REFERRAL: { readonly roles: readonly Role[]; readonly stages: readonly Stage[] } = {
  roles: MANAGER_ROLES,
  stages: ["stepOne", "monitoring"],
};

export type BaseRule = {
  readonly roles: readonly Role[];
  /** What the command does, to finish "Only … can …". */
  readonly task: string;
  readonly section: string;
};

/** 5.1: the offer of a representative is on record (an earlier release kept a yes only). */
export function representativeOfferRecorded(stepOne: StepOneRecord | undefined): boolean {
  return stepOne?.representativeOffer !== undefined || stepOne?.representativeOffered === true;
}

export function describeStage(stage: Stage, config: PolicyConfig): string {
  switch (stage) {
    case "stepOne":
      return "at step one";
    case "monitoring":
      return "being monitored under an agreed arrangement";
    case "referred":
      return `referred to the ${config.roleTitles.cityHelpdeskManager}`;
    case "assessed":
      return "assessed and awaiting restrictions";
    case "restricted":
      return "under restrictions";
    case "ended":
      return "ended (the restrictions are over)";
    case "closed":
      return "closed";
  }
}

/** The role check for openCase, which has no case to check a stage on. */
export function openCaseRoleRefusal(role: Role, config: PolicyConfig): Refusal | undefined {
  const rule = { roles: MANAGER_ROLES, task: "raise a step-one concern", section: "5.1" };
  return MANAGER_ROLES.includes(role) ? undefined : roleRefusal(rule, config);
}

export function roleRefusal(rule: BaseRule, config: PolicyConfig): Refusal {
  const who =
    rule.roles === MANAGER_ROLES
      ? `managers (the ${config.roleTitles.serviceManager} or more senior)`
      : rolesInWords(rule.roles, config);
  return refusal("wrongRole", `Only ${who} can ${rule.task} (${rule.section}).`);
}
