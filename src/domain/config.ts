import { normaliseAddress, normaliseDomain } from "./address";
import {
  type Check,
  type JsonObject,
  listOf,
  objectCheck,
  oneOf,
  refuseUnknownFields,
  text,
  wholeNumber,
} from "./jsonValidation";
import { isBefore, parseLocalDate } from "./localDate";
import { ok, refuse } from "./result";
import type { SubjectAccessInformation } from "./subjectAccessInformation";
import { ROLES } from "./types";
import type { EmailAddress, IsoWeekday, LocalDate, Result, Role } from "./types";
import { canonicalTimeZone } from "./zonedTime";

/** When a restriction period's review falls due (5.2.6 leaves the interval to the council). */
export type ReviewDueRule =
  { readonly kind: "atEnd" } | { readonly kind: "monthsAfterStart"; readonly months: number };

export type Ombudsman = {
  readonly name: string;
  readonly website: string;
  readonly phone: string;
};

/** Where customers write to ask for a review (5.2.6) or to appeal (5.2.7). */
export type HelpdeskContact = {
  readonly title: string;
  readonly email: EmailAddress;
  readonly postalAddress: string;
};

/** 5.2.5, 5.2.6: the roles the policy lets an "appropriate deputy" act for. */
export const DEPUTISABLE_ROLES = ["assistantDirector", "citySolicitor"] as const;
export type DeputisableRole = (typeof DEPUTISABLE_ROLES)[number];

/**
 * A named deputy: who may act for the assistant director or the City Solicitor, and when.
 * Configuration, not a shared login: the deputy signs in as themselves, and every decision
 * they take records them as "deputy for" the role.
 */
export type DeputyDelegation = {
  readonly name: string;
  readonly email: EmailAddress;
  readonly deputyFor: DeputisableRole;
  /** First and last day of the delegation (UK dates); absent: no limit. */
  readonly from?: LocalDate;
  readonly until?: LocalDate;
};

/**
 * Who printed letters come from: the sender's name and the return address, printed at the top
 * of every letter beside the council's name, and a telephone number when the council gives one.
 */
export type LetterSender = {
  /** The office letters are sent from, e.g. "City Helpdesk". */
  readonly name: string;
  /** The return address, one line each, without the council's name. */
  readonly returnAddress: readonly string[];
  readonly telephone?: string;
};

/**
 * Days within which the council aims to take steps the policy gives no time for; a step still
 * waiting after them is marked overdue in the pane's work queues (docs/policy-rules.md).
 */
export type WorkTargets = {
  /** 5.1: after raising a concern, to confirm it to the customer in writing. */
  readonly confirmInWriting: number;
  /** 5.1: after confirming it, to have the customer's answer to the arrangement. */
  readonly customerAnswer: number;
  /** 5.2.2: after a referral, to assess it. */
  readonly assessReferral: number;
  /** 5.2.4: after the assessment, to decide the restrictions. */
  readonly imposeRestrictions: number;
  /** 5.2.4: after deciding restrictions, to tell the customer (or record why not, 5.2.6). */
  readonly giveNotice: number;
  /** 5.2.6: after a review is asked for or started, to decide it. */
  readonly decideReview: number;
  /** 5.2.7: after an appeal arrives, to gather the information for the director. */
  readonly gatherAppeal: number;
  /** 5.2.7: after an appeal arrives, to decide it. */
  readonly decideAppeal: number;
};

/** The numbers and names that differ between councils; the process itself is code. */
export type PolicyConfig = {
  readonly councilName: string;
  /** IANA zone for every calendar rule: days, weeks, contact windows, deadlines. */
  readonly timeZone: string;
  readonly weekStartsOn: IsoWeekday;
  /** 5.2.7: calendar days after the notice within which an appeal is in time. */
  readonly appealWindowDays: number;
  /** 5.2.4, 5.2.6: review requests the customer may make in each restriction period. */
  readonly customerReviewRequestsPerPeriod: number;
  /** 6: years the file is kept after the restrictions end. */
  readonly retentionYears: number;
  /**
   * Years a case closed without restrictions is kept after it closes: the policy is silent
   * (section 6 speaks of restrictions), so the council sets it (docs/data-protection.md).
   */
  readonly closedRetentionYears: number;
  /**
   * Years a case's subject access log (requests opened, closed, exported) is kept after the
   * last request closed: the case is not destroyed before then (docs/retention-and-sar.md).
   */
  readonly sarLogRetentionYears: number;
  /**
   * The privacy information printed on the step-one letter (UK GDPR Article 13): brief, in
   * the council's own words, ending with where the full notice is. Absent: the default of
   * domain/privacyNotice.ts (kept there so the long texts load with the letters, not with the
   * first verdict).
   */
  readonly privacyNotice?: string;
  readonly reviewDue: ReviewDueRule;
  readonly roleTitles: Readonly<Record<Role, string>>;
  readonly ombudsman: Ombudsman;
  readonly helpdesk: HelpdeskContact;
  /** Deputies for the assistant director and the City Solicitor (5.2.5, 5.2.6). */
  readonly deputies: readonly DeputyDelegation[];
  /**
   * The council's own email domains: a message to the SPOC that also goes to an address in one
   * of these (or in the SPOC's or deputy's domain) was copied to other council officers (4.1,
   * 5.2.3). Kept in the form addresses are (lower case, Punycode).
   */
  readonly councilDomains: readonly string[];
  readonly letterSender: LetterSender;
  readonly workTargets: WorkTargets;
  /**
   * What a subject access response tells the person besides their data (Art. 15(1), 15(2)):
   * the paragraphs the council words itself; the others are the defaults of
   * domain/subjectAccessInformation.ts.
   */
  readonly subjectAccessInformation?: Partial<SubjectAccessInformation>;
};

/**
 * The sender printed on letters until a council confirms its own: the city helpdesk at
 * Portsmouth's published Civic Offices address. A deployment sets `letterSender` (even to the
 * same words) to confirm it; until then a tenant build warns, as for the helpdesk contact.
 */
export const DEFAULT_LETTER_SENDER: LetterSender = {
  name: "City Helpdesk",
  returnAddress: ["Civic Offices", "Guildhall Square", "Portsmouth", "PO1 2AL"],
};

/**
 * PLACEHOLDER, to be replaced in configuration: the policy names the city helpdesk manager but
 * publishes no address. The ".invalid" domain guarantees nothing is ever delivered to it.
 */
export const PLACEHOLDER_HELPDESK: HelpdeskContact = {
  title: "City Helpdesk Manager",
  email: "city.helpdesk@portsmouthcc.invalid" as EmailAddress,
  postalAddress:
    "City Helpdesk Manager, Portsmouth City Council, Civic Offices, Guildhall Square, Portsmouth PO1 2AL",
};

export const PORTSMOUTH_POLICY: PolicyConfig = {
  councilName: "Portsmouth City Council",
  timeZone: "Europe/London",
  weekStartsOn: 1,
  appealWindowDays: 28,
  customerReviewRequestsPerPeriod: 1,
  retentionYears: 6,
  // The policy is silent on cases closed without restrictions: six years, the time within
  // which a claim about the council's handling could be brought (docs/data-protection.md).
  closedRetentionYears: 6,
  sarLogRetentionYears: 2,
  reviewDue: { kind: "atEnd" },
  roleTitles: {
    frontline: "frontline staff",
    serviceManager: "service manager",
    cityHelpdeskManager: "city helpdesk manager",
    assistantDirector: "assistant director of corporate services",
    citySolicitor: "City Solicitor (or deputy)",
    director: "director of corporate services",
  },
  ombudsman: {
    name: "Local Government and Social Care Ombudsman",
    website: "https://www.lgo.org.uk",
    phone: "0300 061 0614",
  },
  helpdesk: PLACEHOLDER_HELPDESK,
  deputies: [],
  councilDomains: ["portsmouth.gov.uk"],
  letterSender: DEFAULT_LETTER_SENDER,
  // Portsmouth's working targets (calendar days); the policy itself sets none.
  workTargets: {
    confirmInWriting: 5,
    customerAnswer: 14,
    assessReferral: 10,
    imposeRestrictions: 10,
    giveNotice: 5,
    decideReview: 20,
    gatherAppeal: 10,
    decideAppeal: 28,
  },
};

/** True while the helpdesk contact is still the placeholder: letters must not go out like that. */
export function usesPlaceholderHelpdesk(config: PolicyConfig): boolean {
  return config.helpdesk.email === PLACEHOLDER_HELPDESK.email;
}

/** True until the configuration names the letters' sender and return address itself. */
export function usesDefaultLetterSender(config: PolicyConfig): boolean {
  return config.letterSender === DEFAULT_LETTER_SENDER;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type FieldChecks<T> = { readonly [K in keyof T]: Check<T[K]> };

/** Overlays the fields given in `value` on `base`, checking each and refusing unknown ones. */
function overlay<T extends object>(
  value: JsonObject,
  base: T,
  path: string,
  checks: FieldChecks<T>,
): Result<T> {
  const known = Object.keys(checks);
  const fields = refuseUnknownFields(value, known, path === "" ? "The configuration" : path);
  if (!fields.ok) return fields;
  const result: Mutable<T> = { ...base };
  for (const key of known as (keyof T & string)[]) {
    if (value[key] === undefined) continue;
    const checked = checks[key](value[key], path === "" ? key : `${path}.${key}`);
    if (!checked.ok) return checked;
    result[key] = checked.value;
  }
  return ok(result);
}

/** A group of settings (e.g. roleTitles) where any subset may be given. */
function nested<T extends object>(checks: FieldChecks<T>, defaults: T): Check<T> {
  return (value, path) => {
    const object = objectCheck(path, value);
    return object.ok ? overlay(object.value, defaults, path, checks) : object;
  };
}

const timeZoneCheck: Check<string> = (value, path) => {
  const zone = typeof value === "string" ? canonicalTimeZone(value) : undefined;
  return zone === undefined
    ? refuse("invalidField", `${path} must be an IANA time zone such as Europe/London.`)
    : ok(zone);
};

const httpsAddress: Check<string> = (value, path) =>
  typeof value === "string" && /^https:\/\/[^\s"<>]+$/.test(value.trim())
    ? ok(value.trim())
    : refuse("invalidField", `${path} must be a web address starting https://.`);

const phoneNumber: Check<string> = (value, path) =>
  typeof value === "string" && /^\+?[0-9][0-9 ()-]{4,23}$/.test(value.trim())
    ? ok(value.trim())
    : refuse("invalidField", `${path} must be a telephone number, such as 0300 061 0614.`);

const emailCheck: Check<EmailAddress> = (value, path) => {
  const address = typeof value === "string" ? normaliseAddress(value) : undefined;
  return address?.ok === true
    ? address
    : refuse("invalidField", `${path} must be a valid email address.`);
};

const domainCheck: Check<string> = (value, path) => {
  const domain = typeof value === "string" ? normaliseDomain(value) : undefined;
  return domain === undefined
    ? refuse("invalidField", `${path} must be a domain name such as portsmouth.gov.uk.`)
    : ok(domain);
};

const reviewDueCheck: Check<ReviewDueRule> = (value, path) => {
  const object = objectCheck(path, value);
  if (!object.ok) return object;
  if (object.value["kind"] === "atEnd") {
    const fields = refuseUnknownFields(object.value, ["kind"], path);
    return fields.ok ? ok({ kind: "atEnd" }) : fields;
  }
  if (object.value["kind"] === "monthsAfterStart") {
    const fields = refuseUnknownFields(object.value, ["kind", "months"], path);
    if (!fields.ok) return fields;
    const months = wholeNumber(1, 60)(object.value["months"], `${path}.months`);
    return months.ok ? ok({ kind: "monthsAfterStart", months: months.value }) : months;
  }
  return refuse(
    "invalidField",
    `${path}.kind must be "atEnd" or "monthsAfterStart" (with months from 1 to 60).`,
  );
};

const dateCheck: Check<LocalDate> = (value, path) => {
  const date = typeof value === "string" ? parseLocalDate(value) : undefined;
  return date?.ok === true
    ? date
    : refuse("invalidField", `${path} must be a date written YYYY-MM-DD, such as 2027-03-01.`);
};

const deputyCheck: Check<DeputyDelegation> = (value, path) => {
  const object = objectCheck(path, value);
  if (!object.ok) return object;
  const checked = overlay<Partial<DeputyDelegation>>(object.value, {}, path, {
    name: text(200),
    email: emailCheck,
    deputyFor: oneOf<DeputisableRole>(
      DEPUTISABLE_ROLES,
      `one of ${DEPUTISABLE_ROLES.join(", ")} (the roles the policy gives a deputy, 5.2.5, 5.2.6)`,
    ),
    from: dateCheck,
    until: dateCheck,
  });
  if (!checked.ok) return checked;
  const { name, email, deputyFor, from, until } = checked.value;
  if (name === undefined || email === undefined || deputyFor === undefined) {
    return refuse("invalidField", `${path} must give the deputy's name, email and deputyFor.`);
  }
  if (from && until && isBefore(until, from)) {
    return refuse("invalidField", `${path}.until must not be before ${path}.from.`);
  }
  return ok({ name, email, deputyFor, ...(from ? { from } : {}), ...(until ? { until } : {}) });
};

const deputiesCheck: Check<readonly DeputyDelegation[]> = (value, path) =>
  Array.isArray(value) && value.length === 0
    ? ok([])
    : listOf(deputyCheck, "deputies")(value, path);

const roleTitleChecks = Object.fromEntries(ROLES.map((role) => [role, text(100)])) as FieldChecks<
  Record<Role, string>
>;

/** The sender as configured: the name, 1 to 6 address lines, and an optional telephone. */
const letterSenderCheck: Check<LetterSender> = (value, path) => {
  const object = objectCheck(path, value);
  if (!object.ok) return object;
  const fields = refuseUnknownFields(object.value, ["name", "returnAddress", "telephone"], path);
  if (!fields.ok) return fields;
  const name = text(100)(object.value["name"], `${path}.name`);
  if (!name.ok) return name;
  const lines = listOf(text(100), "address lines")(
    object.value["returnAddress"],
    `${path}.returnAddress`,
  );
  if (!lines.ok) return lines;
  if (lines.value.length > 6) {
    return refuse("invalidField", `${path}.returnAddress must have at most 6 lines.`);
  }
  const phone = object.value["telephone"];
  if (phone === undefined) return ok({ name: name.value, returnAddress: lines.value });
  const telephone = phoneNumber(phone, `${path}.telephone`);
  return telephone.ok
    ? ok({ name: name.value, returnAddress: lines.value, telephone: telephone.value })
    : telephone;
};

/** The paragraphs of subject access information a council may word itself. */
const SUBJECT_ACCESS_TOPICS = [
  "purposes",
  "lawfulBasis",
  "recipients",
  "retention",
  "source",
  "rights",
  "complaint",
  "automatedProcessing",
] as const satisfies readonly (keyof SubjectAccessInformation)[];

// Every paragraph is configurable: a topic added to SubjectAccessInformation must be listed.
type Unlisted = Exclude<keyof SubjectAccessInformation, (typeof SUBJECT_ACCESS_TOPICS)[number]>;
const EVERY_TOPIC_LISTED: Unlisted extends never ? true : never = true;
void EVERY_TOPIC_LISTED;

const CONFIG_CHECKS: FieldChecks<PolicyConfig> = {
  councilName: text(200),
  timeZone: timeZoneCheck,
  weekStartsOn: oneOf<IsoWeekday>(
    [1, 2, 3, 4, 5, 6, 7],
    "a weekday number from 1 (Monday) to 7 (Sunday)",
  ),
  appealWindowDays: wholeNumber(1, 365),
  customerReviewRequestsPerPeriod: wholeNumber(0, 12),
  retentionYears: wholeNumber(1, 100),
  closedRetentionYears: wholeNumber(1, 100),
  sarLogRetentionYears: wholeNumber(1, 100),
  privacyNotice: text(2000),
  reviewDue: reviewDueCheck,
  roleTitles: nested(roleTitleChecks, PORTSMOUTH_POLICY.roleTitles),
  ombudsman: nested<Ombudsman>(
    { name: text(200), website: httpsAddress, phone: phoneNumber },
    PORTSMOUTH_POLICY.ombudsman,
  ),
  helpdesk: nested<HelpdeskContact>(
    { title: text(100), email: emailCheck, postalAddress: text(300) },
    PORTSMOUTH_POLICY.helpdesk,
  ),
  deputies: deputiesCheck,
  councilDomains: listOf(domainCheck, "domain names"),
  letterSender: letterSenderCheck,
  workTargets: nested<WorkTargets>(
    Object.fromEntries(
      Object.keys(PORTSMOUTH_POLICY.workTargets).map((key) => [key, wholeNumber(1, 365)]),
    ) as FieldChecks<WorkTargets>,
    PORTSMOUTH_POLICY.workTargets,
  ),
  subjectAccessInformation: nested<Partial<SubjectAccessInformation>>(
    Object.fromEntries(SUBJECT_ACCESS_TOPICS.map((key) => [key, text(2000)])),
    {},
  ),
};

/**
 * The configuration: `json` (a partial object, typically from the deployment's settings file)
 * laid over PORTSMOUTH_POLICY. Every field given is checked; unknown fields are refused so a
 * misspelt setting cannot silently fall back to the default.
 */
export function parsePolicyConfig(json: unknown): Result<PolicyConfig> {
  const object = objectCheck("The configuration", json);
  return object.ok ? overlay(object.value, PORTSMOUTH_POLICY, "", CONFIG_CHECKS) : object;
}
