/**
 * The SharePoint lists as code (DESIGN §3): the one definition that provisioning creates,
 * the mappers read and write, and the tests check. Column names are SharePoint's internal
 * names (the keys in `fields`); display names are what people see in SharePoint.
 */
import type { ColumnDefinition } from "@microsoft/microsoft-graph-types";
import type { ListName } from "../app/ports";
import {
  ADDRESS_KIND,
  APPEAL_OUTCOME,
  APPEAL_STATUS,
  CHANNEL,
  DIRECTION,
  NOTICE,
  REVIEW_BY,
  REVIEW_STATUS,
  ACTOR_ROLE,
  NOTICE_METHOD,
  PERIOD_ORIGIN,
  STAGE,
  VERDICT,
} from "./vocabulary";

export type ColumnKind = "text" | "note" | "choice" | "dateOnly" | "dateTime" | "number";

export type ColumnSpec<N extends string = string> = {
  readonly name: N;
  readonly displayName: string;
  readonly description: string;
  readonly kind: ColumnKind;
  readonly choices?: readonly string[];
  readonly indexed?: boolean;
  readonly required?: boolean;
  /** SharePoint refuses a second item with the same value; needs `indexed`. */
  readonly unique?: boolean;
};

export type ListSpec<N extends string = string> = {
  readonly key: ListName;
  readonly title: string;
  readonly description: string;
  readonly columns: readonly ColumnSpec<N>[];
};

/** SharePoint's limit for single-line text, and what the add-in allows in multi-line text. */
export const TEXT_MAX = 255;
export const NOTE_MAX = 63_999;

type Options = Pick<ColumnSpec, "indexed" | "required" | "unique">;

function column<const N extends string>(
  kind: ColumnKind,
  name: N,
  displayName: string,
  description: string,
  options: Options & { choices?: readonly string[] } = {},
): ColumnSpec<N> {
  return { name, displayName, description, kind, ...options };
}

const text = <const N extends string>(n: N, d: string, t: string, o?: Options) =>
  column("text", n, d, t, o);
const note = <const N extends string>(n: N, d: string, t: string, o?: Options) =>
  column("note", n, d, t, o);
const dateOnly = <const N extends string>(n: N, d: string, t: string, o?: Options) =>
  column("dateOnly", n, d, t, o);
const choice = <const N extends string>(
  n: N,
  d: string,
  t: string,
  choices: readonly string[],
  o?: Options,
) => column("choice", n, d, t, { ...o, choices });

/** Name, email and role of a person who decided something: three readable columns. */
function actorColumns<const P extends string>(prefix: P, who: string) {
  return [
    text(`${prefix}Name`, `${who} (name)`, `Who ${who.toLowerCase()}.`),
    text(`${prefix}Email`, `${who} (email)`, `Email address of who ${who.toLowerCase()}.`),
    choice(
      `${prefix}Role`,
      `${who} (role)`,
      `Role of who ${who.toLowerCase()}, or the role they acted for as a deputy.`,
      ACTOR_ROLE.labels,
    ),
  ] as const;
}

const caseRefColumn = text("CaseRef", "Case reference", "The case this item belongs to.", {
  indexed: true,
  required: true,
});

export const REGISTER_LIST = {
  key: "register",
  title: "UCB Register",
  description:
    "One item per case under the Unreasonable Customer Behaviour Policy, at every stage. Managers and above only; frontline staff read UCB Restrictions In Force.",
  columns: [
    text("Title", "Case reference", "The case reference, e.g. UCB-2026-7KQ2MX.", {
      indexed: true,
      required: true,
      unique: true,
    }),
    text("CustomerName", "Customer name", "The customer's name.", { required: true }),
    text(
      "CustomerNameKey",
      "Customer name (search key)",
      "The name in lower case without accents, for searching. Written by the add-in.",
      { indexed: true },
    ),
    choice("Stage", "Stage", "Where the case is in the policy's process.", STAGE.labels, {
      indexed: true,
      required: true,
    }),
    text("ServiceArea", "Service area", "The service most affected (5.1).", { required: true }),
    text("SpocName", "SPOC name", "Single point of contact."),
    text("SpocEmail", "SPOC email", "Single point of contact's email address."),
    text("DeputyName", "Deputy name", "The SPOC's deputy."),
    text("DeputyEmail", "Deputy email", "The deputy's email address."),
    text("RepresentativeName", "Representative name", "Who contacts the council for the customer."),
    text("RepresentativeEmail", "Representative email", "The representative's email address."),
    note(
      "Terms",
      "Terms (JSON)",
      "The restriction terms the add-in checks. Change them through the add-in.",
    ),
    note(
      "TermsSummary",
      "Terms in plain words",
      "The restriction terms as the customer was told them.",
    ),
    note(
      "Arrangement",
      "Agreed arrangement (JSON)",
      "The arrangement agreed at step one (5.1) that the add-in checks contact against while it is monitored. Written by the add-in.",
    ),
    note(
      "ArrangementSummary",
      "Agreed arrangement in plain words",
      "The arrangement agreed at step one (5.1), in plain words. Written by the add-in.",
    ),
    column(
      "number",
      "PeriodNumber",
      "Restriction period",
      "1 for the first period; a review or appeal that extends or amends starts the next.",
    ),
    dateOnly("RestrictionStart", "Restrictions start", "First day the restrictions apply."),
    dateOnly("RestrictionEnd", "Restrictions end", "Last day the restrictions apply.", {
      indexed: true,
    }),
    dateOnly("DecidedOn", "Decided on", "When this period's restrictions were decided."),
    column("dateTime", "DecidedAt", "Decided at", "The moment this period was decided."),
    ...actorColumns("DecidedBy", "Decided by"),
    choice(
      "PeriodOrigin",
      "Period started by",
      "What started this period: imposition, a review, an appeal, or immediate action (section 4).",
      PERIOD_ORIGIN.labels,
      { indexed: true },
    ),
    choice(
      "NoticeStatus",
      "Customer told",
      "Whether the customer was told of the latest decision; restrictions bind only once they are (5.2.4, 5.2.6).",
      NOTICE.labels,
      // Indexed for the work queues: notices to prepare and give, decisions not to tell.
      { indexed: true },
    ),
    dateOnly("NotifiedOn", "Told on", "When the customer was told."),
    column(
      "dateTime",
      "NotifiedAt",
      "Told at",
      "The moment the customer was told: the terms bind from it.",
    ),
    choice("NoticeMethod", "Told how", "How the customer was told (5.2.4).", NOTICE_METHOD.labels),
    text(
      "NoticeGivenBy",
      "Told by",
      "Who told the customer, in their role, e.g. 'Morgan Blake, assistant director of corporate services'.",
    ),
    note(
      "NoticeDetail",
      "Notice (JSON)",
      "The notice as the add-in reads it: when, how, confirmation, who gave and who prepared it.",
    ),
    note(
      "NotNotifiedReason",
      "Reason for not telling",
      "The recorded reason for not telling the customer (5.2.6).",
    ),
    ...actorColumns("NotNotifiedBy", "Not telling decided by"),
    dateOnly(
      "NotNotifiedOn",
      "Not telling decided on",
      "When it was decided not to tell the customer.",
    ),
    note(
      "PreviousPeriod",
      "Terms in force until told (JSON)",
      "The period the customer was last told of, which binds until they are told of the latest decision (5.2.6).",
    ),
    note(
      "PreviousTermsSummary",
      "Terms in force until told",
      "The terms the customer was last told of, in plain words: they apply until the customer is told of the change.",
    ),
    text(
      "CustomerReviewRequests",
      "Customer review requests",
      "Dates of the customer's review requests this period, e.g. 2026-03-02; 2026-05-14.",
    ),
    choice("ReviewStatus", "Review", "Whether a review is pending (5.2.6).", REVIEW_STATUS.labels, {
      indexed: true,
    }),
    dateOnly("ReviewRequestedOn", "Review requested on", "When the pending review was requested."),
    choice(
      "ReviewRequestedBy",
      "Review requested by",
      "Who asked for the pending review.",
      REVIEW_BY.labels,
    ),
    note("ReviewGrounds", "Review grounds", "Why the review was asked for."),
    note("ReviewDetail", "Review (JSON)", "The pending review as the add-in reads it."),
    choice(
      "AppealStatus",
      "Appeal",
      "Where the appeal stands: received, late, passed to the director, decided (5.2.7).",
      APPEAL_STATUS.labels,
      { indexed: true },
    ),
    dateOnly("AppealLodgedOn", "Appeal lodged on", "When the customer appealed."),
    note("AppealGrounds", "Appeal grounds", "Why the customer disagrees."),
    dateOnly(
      "AppealPassedOn",
      "Appeal passed on",
      "When the helpdesk manager passed the appeal to the director.",
    ),
    dateOnly("AppealDecidedOn", "Appeal decided on", "When the director decided the appeal."),
    note("AppealDetail", "Appeal (JSON)", "The appeal as the add-in reads it."),
    choice("AppealOutcome", "Appeal outcome", "The director's decision.", APPEAL_OUTCOME.labels),
    dateOnly("ReviewDue", "Review due", "When the restrictions should be reviewed.", {
      indexed: true,
    }),
    dateOnly("AppealBy", "Appeal by", "Last day to appeal (28 days).", { indexed: true }),
    dateOnly("EndedOn", "Ended on", "When the restrictions ended."),
    dateOnly("ClosedOn", "Closed on", "When the case closed without restrictions."),
    dateOnly(
      "RetainUntil",
      "Retain until",
      "Destroy the case's records after this date (section 6).",
      { indexed: true },
    ),
  ],
} as const satisfies ListSpec;

export const ADDRESSES_LIST = {
  key: "addresses",
  title: "UCB Addresses",
  description:
    "Email addresses of the customers and representatives of each case, at every stage; managers look senders up here. Managers and above only.",
  columns: [
    text("Title", "Email address", "The address in lower case, trimmed.", {
      indexed: true,
      required: true,
    }),
    caseRefColumn,
    choice("Kind", "Kind", "Whose address it is.", ADDRESS_KIND.labels, { required: true }),
    text(
      "CaseAddressKey",
      "Case and address",
      "Case reference and address together; stops one address being added to a case twice.",
      {
        indexed: true,
        required: true,
        unique: true,
      },
    ),
  ],
} as const satisfies ListSpec;

export const CONTACTS_LIST = {
  key: "contacts",
  title: "UCB Contacts",
  description: "The contact log: one item per logged contact. Staff add items; nobody edits them.",
  columns: [
    text("Title", "Contact", "What the contact was, in a few words.", { required: true }),
    caseRefColumn,
    column("dateTime", "ContactAt", "Contact at", "When the contact was made or received.", {
      indexed: true,
      required: true,
    }),
    choice("Channel", "Channel", "How the contact was made.", CHANNEL.labels, { required: true }),
    choice(
      "Direction",
      "Direction",
      "From the customer (inbound) or to them (outbound).",
      DIRECTION.labels,
      { required: true },
    ),
    text("FromAddress", "From", "The sender's address (email)."),
    note("ToAddresses", "To", "The recipients' addresses, separated by semicolons."),
    text("StaffEmail", "Logged by", "Who logged the contact.", { required: true }),
    text(
      "Mailbox",
      "Arrived in",
      "The mailbox the email arrived in: a shared mailbox, a colleague's delegated folder, or the logger's own.",
    ),
    text("Subject", "Subject", "The message subject, or a note for a call or letter."),
    text("InternetMessageId", "Internet message id", "The email's Message-ID header.", {
      indexed: true,
    }),
    text("ClientId", "Idempotency key", "Makes logging the same contact twice impossible.", {
      indexed: true,
      required: true,
      unique: true,
    }),
    // Indexed so the "Outside the terms" view filters a contact log of any length (views/spec.ts).
    choice("Verdict", "Verdict", "What the add-in found when it was logged.", VERDICT.labels, {
      indexed: true,
      required: true,
    }),
    note("VerdictReasons", "Verdict reasons", "Why, separated by semicolons."),
  ],
} as const satisfies ListSpec;

export const CASE_FILES_LIST = {
  key: "caseFiles",
  title: "UCB Case Files",
  description:
    "The case file of each case: step one, referral, assessment, reasonable adjustments. Managers and above only.",
  columns: [
    text("Title", "Case reference", "The case reference.", {
      indexed: true,
      required: true,
      unique: true,
    }),
    note(
      "BehaviourSummary",
      "Behaviour",
      "The behaviour of concern (4.1), in plain words. Written by the add-in.",
    ),
    note(
      "Arrangement",
      "Arrangement",
      "The proposed or agreed way forward (5.1). Written by the add-in.",
    ),
    dateOnly("StepOneRaisedOn", "Step one raised on", "When the concern was raised (5.1)."),
    text(
      "StepOneConfirmation",
      "Step one confirmed",
      "When and how the concern was confirmed to the customer: in writing, or as an adjustment allows (5.1). Written by the add-in.",
    ),
    text(
      "RepresentativeOffer",
      "Representative offered",
      "When the customer was offered a representative, and their answer (5.1). Written by the add-in.",
    ),
    text(
      "StepOneByEmail",
      "Step one raised by (email)",
      "The manager who raised the concern (5.1): their step-one cases are their work.",
      { indexed: true },
    ),
    dateOnly("ReferredOn", "Referred on", "When the case was referred (5.2.1)."),
    dateOnly("AssessedOn", "Assessed on", "When the referral was assessed (5.2.2)."),
    note(
      "AssessmentSummary",
      "Assessment",
      "The assessment's outcome and reasons. Written by the add-in.",
    ),
    note(
      "AdjustmentsSummary",
      "Reasonable adjustments",
      "Needs the customer told the council about. Written by the add-in.",
    ),
    note("StepOne", "Step one (JSON)", "The step-one record as the add-in reads it."),
    note("Referral", "Referral (JSON)", "The referral as the add-in reads it."),
    note("Assessment", "Assessment (JSON)", "The assessment as the add-in reads it."),
    note(
      "ReasonableAdjustments",
      "Reasonable adjustments (JSON)",
      "The adjustments as the add-in reads them.",
    ),
    note(
      "ImmediateActionSummary",
      "Immediate action",
      "Immediate action against a threat to staff (section 4): the behaviour, the action, the reasons and the review date. Written by the add-in.",
    ),
    note(
      "ImmediateAction",
      "Immediate action (JSON)",
      "The immediate action as the add-in reads it.",
    ),
    note(
      "ProportionalityNote",
      "Proportionality",
      "Why the restrictions are proportionate (5.2.3).",
    ),
    note("LawfulBasis", "Lawful basis", "The lawful basis for processing."),
    note(
      "LetterDetails",
      "Letter details (JSON)",
      "Title, surname, salutation and postal address for letters, as the add-in reads them.",
    ),
  ],
} as const satisfies ListSpec;

export const CASE_EVENTS_LIST = {
  key: "caseEvents",
  title: "UCB Case Events",
  description:
    "The audit trail: every stage change, decision, letter, review, appeal and destruction. Append only.",
  columns: [
    text("Title", "Action", "What happened, as a stable verb.", { required: true }),
    text("CaseRef", "Case reference", "The case (empty for a destruction record).", {
      indexed: true,
    }),
    column("dateTime", "At", "At", "When it happened.", { indexed: true, required: true }),
    ...actorColumns("Actor", "Done by"),
    note("Summary", "Summary", "One sentence for people reading the trail.", { required: true }),
    note("Detail", "Detail (JSON)", "The event's detail as the add-in reads it."),
    text("EventKey", "Idempotency key", "Makes recording the same event twice impossible.", {
      indexed: true,
      required: true,
      unique: true,
    }),
  ],
} as const satisfies ListSpec;

export const NAME_INDEX_LIST = {
  key: "nameIndex",
  title: "UCB Name Index",
  description:
    "One item per word of each customer's name, so staff can find a customer by any word of it. Written by the add-in.",
  columns: [
    text("Title", "Word", "A word of the name, in lower case without accents or apostrophes.", {
      indexed: true,
      required: true,
    }),
    caseRefColumn,
    text(
      "CaseWordKey",
      "Case and word",
      "Case reference and word together; stops a word being added to a case twice.",
      { indexed: true, required: true, unique: true },
    ),
  ],
} as const satisfies ListSpec;

/** Register columns by name, as they are on UCB Register, for the frontline copy. */
type RegisterColumn = (typeof REGISTER_LIST)["columns"][number]["name"];

function registerColumns<const N extends RegisterColumn>(names: readonly N[]): ColumnSpec<N>[] {
  return names.map((name) => {
    const spec = REGISTER_LIST.columns.find((c) => c.name === name);
    if (!spec) throw new Error(`UCB Register has no column ${name}`);
    return spec as ColumnSpec<N>;
  });
}

/**
 * Need to know (docs/decisions.md): what frontline staff read to handle a message. One item per
 * case whose restrictions bind the customer or will without a further decision; the add-in
 * writes it with every change to the case (domain/needToKnow.ts decides what it holds).
 * No reasons, grounds, step one, notices' details or retention: those stay on UCB Register.
 */
export const IN_FORCE_LIST = {
  key: "inForce",
  title: "UCB Restrictions In Force",
  description:
    "What frontline staff need to handle contact from a customer whose restrictions are in force: the terms, the SPOC and the dates. Kept in step with UCB Register by the add-in; do not edit.",
  columns: registerColumns([
    "Title",
    "CustomerName",
    "ServiceArea",
    "SpocName",
    "SpocEmail",
    "DeputyName",
    "DeputyEmail",
    "RepresentativeName",
    "RepresentativeEmail",
    "Terms",
    "TermsSummary",
    "PeriodNumber",
    "RestrictionStart",
    "RestrictionEnd",
    "DecidedOn",
    "DecidedAt",
    "DecidedByName",
    "DecidedByEmail",
    "DecidedByRole",
    "PeriodOrigin",
    "NoticeDetail",
    "PreviousPeriod",
    "PreviousTermsSummary",
    "ReviewDue",
    "AppealBy",
  ]),
} as const satisfies ListSpec;

export const IN_FORCE_ADDRESSES_LIST = {
  key: "inForceAddresses",
  title: "UCB Restricted Addresses",
  description:
    "Email addresses of the customers and representatives of cases on UCB Restrictions In Force; frontline staff look senders up here. Kept in step by the add-in; do not edit.",
  columns: ADDRESSES_LIST.columns,
} as const satisfies ListSpec;

export const SCHEMA = {
  register: REGISTER_LIST,
  addresses: ADDRESSES_LIST,
  contacts: CONTACTS_LIST,
  caseFiles: CASE_FILES_LIST,
  caseEvents: CASE_EVENTS_LIST,
  nameIndex: NAME_INDEX_LIST,
  inForce: IN_FORCE_LIST,
  inForceAddresses: IN_FORCE_ADDRESSES_LIST,
} as const satisfies Record<ListName, ListSpec>;

export const LIST_NAMES = Object.keys(SCHEMA) as ListName[];

/** The lists' display names on a site: the schema's, unless configuration renames some. */
export type ListTitles = Readonly<Record<ListName, string>>;

export function listTitles(
  overrides: Readonly<Partial<Record<ListName, string>>> = {},
): ListTitles {
  return Object.fromEntries(LIST_NAMES.map((l) => [l, overrides[l] ?? SCHEMA[l].title])) as Record<
    ListName,
    string
  >;
}

export type ColumnOf<L extends ListName> = (typeof SCHEMA)[L]["columns"][number]["name"];

export function columnNames(list: ListName): readonly string[] {
  return SCHEMA[list].columns.map((c) => c.name);
}

/** The Graph columnDefinition that creates (or describes) a column. */
export function toColumnDefinition(spec: ColumnSpec): ColumnDefinition {
  const common: ColumnDefinition = {
    name: spec.name,
    displayName: spec.displayName,
    description: spec.description,
    indexed: spec.indexed ?? false,
    required: spec.required ?? false,
    enforceUniqueValues: spec.unique ?? false,
  };
  switch (spec.kind) {
    case "text":
      return { ...common, text: { allowMultipleLines: false, maxLength: TEXT_MAX } };
    case "note":
      return {
        ...common,
        text: { allowMultipleLines: true, linesForEditing: 6, textType: "plain" },
      };
    case "choice":
      return {
        ...common,
        choice: {
          choices: [...(spec.choices ?? [])],
          allowTextEntry: false,
          displayAs: "dropDownMenu",
        },
      };
    case "dateOnly":
      return { ...common, dateTime: { format: "dateOnly", displayAs: "default" } };
    case "dateTime":
      return { ...common, dateTime: { format: "dateTime", displayAs: "default" } };
    case "number":
      return { ...common, number: { decimalPlaces: "none" } };
  }
}
