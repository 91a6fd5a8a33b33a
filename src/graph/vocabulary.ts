/**
 * The words SharePoint readers see in choice columns, and the domain values they stand for.
 * Each map is one-to-one, so a label read back always names exactly one value.
 */
import type { AddressKind } from "../app/ports";
import type {
  Actor,
  AppealOutcome,
  AppealState,
  Channel,
  Direction,
  NoticeMethod,
  PeriodOrigin,
  ReasonCode,
  Role,
  Stage,
  LoggedVerdict,
  Result,
} from "../domain/types";
import { ok, refuse } from "../domain/result";

export type Vocabulary<T extends string> = {
  /** The labels in the order the SharePoint choice column offers them. */
  readonly labels: readonly string[];
  readonly label: (value: T) => string;
  /**
   * Every label that stands for `value`: the current one, then those an earlier release wrote.
   * Queries and views ask for all of them, so items saved before a wording change are found.
   */
  readonly labelsOf: (value: T) => readonly string[];
  /** The value a label stands for; undefined for a label the add-in does not know. */
  readonly value: (label: string) => T | undefined;
  /** The value a label stands for, or a refusal that quotes the label. */
  readonly parse: (label: string) => Result<T>;
};

/**
 * `formerLabels`: labels an earlier release wrote, still read as their value but no longer
 * offered or written, so items saved before a wording change read as they did.
 */
function vocabulary<T extends string>(
  labels: Readonly<Record<T, string>>,
  formerLabels: Readonly<Record<string, T>> = {},
): Vocabulary<T> {
  const entries = Object.entries(labels) as [T, string][];
  const byLabel = new Map(entries.map(([value, label]) => [label, value]));
  if (byLabel.size !== entries.length) throw new Error("Vocabulary labels must be unique");
  for (const [label, value] of Object.entries(formerLabels)) {
    if (byLabel.has(label)) throw new Error("A former label must not be a current one");
    byLabel.set(label, value);
  }
  const value = (label: string) => byLabel.get(label);
  return {
    labels: entries.map(([, label]) => label),
    label: (v) => labels[v],
    labelsOf: (v) => [
      labels[v],
      ...Object.entries(formerLabels)
        .filter(([, former]) => former === v)
        .map(([label]) => label),
    ],
    value,
    parse: (label) => {
      const found = value(label);
      return found === undefined
        ? refuse("unknownChoice", `"${label}" is not one of the choices`)
        : ok(found);
    },
  };
}

export const STAGE = vocabulary<Stage>({
  stepOne: "Step one",
  monitoring: "Monitoring",
  referred: "Referred",
  assessed: "Assessed",
  restricted: "Restricted",
  ended: "Ended",
  closed: "Closed",
});

export const CHANNEL = vocabulary<Channel>({
  email: "Email",
  phone: "Phone",
  letter: "Letter",
  inPerson: "In person",
  webForm: "Web form",
  socialMedia: "Social media",
});

export const DIRECTION = vocabulary<Direction>({ inbound: "Inbound", outbound: "Outbound" });

export const VERDICT = vocabulary<LoggedVerdict>({
  notRestricted: "Not restricted",
  withinTerms: "Within terms",
  outsideTerms: "Outside terms",
  blocked: "Blocked",
  notChecked: "Not checked",
  withinArrangement: "Within arrangement",
  outsideArrangement: "Outside arrangement",
});

export const REASON = vocabulary<ReasonCode>({
  channelNotAllowed: "Channel not allowed",
  outsideContactWindow: "Outside the allowed days or hours",
  overVolume: "Over the volume allowance",
  notToSpoc: "Not addressed to the SPOC or deputy",
  channelBlocked: "Channel blocked",
  copiedToOthers: "Copied to other council officers",
  premisesRestricted: "Visit while premises restricted",
});

/** A role as an actor exercised it: in their own right, or as a configured deputy. */
export type ActorRole = Role | `deputy:${"assistantDirector" | "citySolicitor"}`;

export const ACTOR_ROLE = vocabulary<ActorRole>({
  frontline: "Frontline staff",
  serviceManager: "Service manager",
  cityHelpdeskManager: "City helpdesk manager",
  assistantDirector: "Assistant director of corporate services",
  citySolicitor: "City Solicitor",
  director: "Director of corporate services",
  "deputy:assistantDirector": "Deputy for the assistant director of corporate services",
  "deputy:citySolicitor": "Deputy for the City Solicitor",
});

export function actorRoleOf(actor: Pick<Actor, "role" | "asDeputy">): ActorRole {
  return actor.asDeputy === true &&
    (actor.role === "assistantDirector" || actor.role === "citySolicitor")
    ? `deputy:${actor.role}`
    : actor.role;
}

export function roleOfActorRole(value: ActorRole): Pick<Actor, "role" | "asDeputy"> {
  return value.startsWith("deputy:")
    ? { role: value.slice("deputy:".length) as Role, asDeputy: true }
    : { role: value as Role };
}

export const ADDRESS_KIND = vocabulary<AddressKind>({
  customer: "Customer",
  representative: "Representative",
});

/** Where the notice of the latest decision stands: the queue of notices to give reads this. */
export type { NoticeStatus } from "../domain/noticePending";
import type { NoticeStatus } from "../domain/noticePending";

export const NOTICE = vocabulary<NoticeStatus>(
  {
    pending: "Decided, not yet told",
    prepared: "Notice prepared, not yet told",
    notified: "Told",
    notNotified: "Not told (decision recorded)",
    notRequired: "No notice needed (immediate action)",
  },
  { "Not yet told": "pending" },
);

export const NOTICE_METHOD = vocabulary<NoticeMethod>({
  letter: "Letter",
  email: "Email",
  phone: "Telephone",
  inPerson: "In person",
  other: "Another way (reasonable adjustment)",
});

export const PERIOD_ORIGIN = vocabulary<PeriodOrigin>({
  imposed: "Imposed after assessment (5.2.4)",
  review: "Changed on review (5.2.6)",
  appeal: "Changed on appeal (5.2.7)",
  immediate: "Immediate action (section 4)",
});

export const REVIEW_STATUS = vocabulary<"none" | "pending">({
  none: "None",
  pending: "Review pending",
});

export const REVIEW_BY = vocabulary<"customer" | "council">({
  customer: "Customer",
  council: "Council",
});

export const APPEAL_STATUS = vocabulary<AppealState["status"]>(
  {
    none: "None",
    lodged: "Appeal received",
    late: "Late appeal: choose to consider or refer to review",
    passed: "Passed to director",
    decided: "Appeal decided",
    referredToReview: "Late appeal referred to review",
  },
  { "Appeal lodged": "lodged" },
);

export const APPEAL_OUTCOME = vocabulary<AppealOutcome>({
  confirmed: "Confirmed",
  amended: "Amended",
  removed: "Removed",
});
