/**
 * The words SharePoint readers see in choice columns, and the domain values they stand for.
 * Each map is one-to-one, so a label read back always names exactly one value.
 */
import type { AddressKind } from "../app/ports";
import type {
  AppealOutcome,
  Channel,
  Direction,
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
  /** The value a label stands for; undefined for a label the add-in does not know. */
  readonly value: (label: string) => T | undefined;
  /** The value a label stands for, or a refusal that quotes the label. */
  readonly parse: (label: string) => Result<T>;
};

function vocabulary<T extends string>(labels: Readonly<Record<T, string>>): Vocabulary<T> {
  const entries = Object.entries(labels) as [T, string][];
  const byLabel = new Map(entries.map(([value, label]) => [label, value]));
  if (byLabel.size !== entries.length) throw new Error("Vocabulary labels must be unique");
  const value = (label: string) => byLabel.get(label);
  return {
    labels: entries.map(([, label]) => label),
    label: (v) => labels[v],
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

export const ROLE = vocabulary<Role>({
  frontline: "Frontline staff",
  serviceManager: "Service manager",
  cityHelpdeskManager: "City helpdesk manager",
  assistantDirector: "Assistant director of corporate services",
  citySolicitor: "City Solicitor",
  director: "Director of corporate services",
});

export const ADDRESS_KIND = vocabulary<AddressKind>({
  customer: "Customer",
  representative: "Representative",
});

export const NOTICE = vocabulary<"pending" | "notified" | "notNotified">({
  pending: "Not yet told",
  notified: "Told",
  notNotified: "Not told (decision recorded)",
});

export const REVIEW_STATUS = vocabulary<"none" | "pending">({
  none: "None",
  pending: "Review pending",
});

export const REVIEW_BY = vocabulary<"customer" | "council">({
  customer: "Customer",
  council: "Council",
});

export const APPEAL_STATUS = vocabulary<"none" | "lodged" | "decided">({
  none: "None",
  lodged: "Appeal lodged",
  decided: "Appeal decided",
});

export const APPEAL_OUTCOME = vocabulary<AppealOutcome>({
  confirmed: "Confirmed",
  amended: "Amended",
  removed: "Removed",
});
