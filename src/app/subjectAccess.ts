/**
 * Subject access (UK GDPR Art. 15): everything held about a person, across their cases, as a
 * readable document and as JSON built from one model (so the two cannot drift), with the
 * information Art. 15 requires besides the data, and a separate note for staff (the third-party
 * items to decide on, and what to check) that is not part of the release. The pane offers it to
 * the city helpdesk manager for one case; scripts/sar.ts finds a person's cases by name or
 * address and writes the files.
 */
import { describeBehaviour } from "../domain/behaviour";
import type { PolicyConfig } from "../domain/config";
import {
  SUBJECT_ACCESS_INFORMATION_HEADINGS,
  subjectAccessDueBy,
  type SubjectAccessInformation,
  subjectAccessInformationOf,
} from "../domain/subjectAccessInformation";
import { roleInWords } from "../domain/deputies";
import { immediateActionsInWords, immediateUntil } from "../domain/lifecycleImmediate";
import { describeStage } from "../domain/lifecycleRules";
import { refuse } from "../domain/result";
import { describeTerms } from "../domain/termsDescription";
import type {
  Actor,
  ArrangementAgreement,
  CaseEvent,
  CaseFile,
  CaseRef,
  LocalDate,
  LoggedContact,
  Person,
  RegisterEntry,
  Refusal,
  Result,
} from "../domain/types";
import { channelName, formatLastDay, formatLongDate, timeZoneLabel } from "../domain/wording";
import { localMoment } from "../domain/zonedTime";
import type {
  AddressEntry,
  CaseDocument,
  CaseDocuments,
  CaseSearchResult,
  CaseStore,
  Clock,
} from "./ports";
import { recordLines } from "./subjectAccessRecord";
import {
  type OpenRequest,
  openSubjectAccessRequest,
  requestOpenedEvent,
} from "./subjectAccessRequests";
import { thirdPartyFlags, type ThirdPartyFlags } from "./subjectAccessThirdParty";

export type SubjectAccessExport = {
  readonly refs: readonly CaseRef[];
  readonly generatedAt: Date;
  readonly request: OpenRequest;
  /** For release: plain text with headings and UK dates. */
  readonly text: string;
  /** For release: the same content as data. */
  readonly json: Readonly<Record<string, unknown>>;
  /** Not for release: what to check and decide before the response goes. */
  readonly staffNotes: string;
  /** e.g. "UCB-2026-0001-subject-access-2026-11-28": add ".txt" / ".json". */
  readonly fileBaseName: string;
  /** The letters and correspondence kept (UCB Case Documents), for their files. */
  readonly documents: readonly CaseDocument[];
  /** What the response holds of each case, in counts (the export event records them). */
  readonly released: ReadonlyMap<CaseRef, Readonly<Record<string, number>>>;
};

/** When the request arrived; the export records it and the deadline it sets. */
export type SubjectAccessRequest = {
  readonly receivedOn: LocalDate;
  /** How the cases were found ("by name Jo Bloggs"), for the staff notes. */
  readonly foundBy?: string;
  /** Cases the search found but the export leaves out (not the same person's), for staff. */
  readonly notIncluded?: readonly CaseSearchResult[];
};

export type SubjectAccessDeps = {
  readonly store: CaseStore;
  readonly documents: CaseDocuments;
  readonly clock: Clock;
  readonly config: PolicyConfig;
};

/** Everything held, as read from the lists. */
export type HeldData = {
  readonly entry: RegisterEntry;
  readonly addresses: readonly AddressEntry[];
  readonly file: CaseFile | null;
  readonly contacts: readonly LoggedContact[];
  readonly events: readonly CaseEvent[];
  /** Everything in the case's folder of UCB Case Documents. */
  readonly documents: readonly CaseDocument[];
};

const EPOCH = new Date(0);

export async function readHeldData(
  store: CaseStore,
  documents: CaseDocuments,
  ref: CaseRef,
): Promise<HeldData | null> {
  const entry = await store.getRegisterEntry(ref);
  if (!entry) return null;
  const [addresses, file, contacts, events, kept] = await Promise.all([
    store.listCaseAddresses(ref),
    store.getCaseFile(ref),
    store.listContacts(ref, EPOCH),
    store.listEvents(ref),
    documents.list(ref),
  ]);
  return {
    entry: entry.value,
    addresses,
    file: file?.value ?? null,
    contacts,
    events,
    documents: kept,
  };
}

// ---------------------------------------------------------------------------------------------
// The readable document

type Line = readonly [label: string, value: string | undefined];

class Doc {
  private readonly lines: string[] = [];
  constructor(private readonly config: PolicyConfig) {}

  heading(text: string): void {
    if (this.lines.length > 0) this.lines.push("");
    this.lines.push(text, "=".repeat(text.length));
  }

  subheading(text: string): void {
    this.lines.push("", text, "-".repeat(text.length));
  }

  fields(fields: readonly Line[]): void {
    for (const [label, value] of fields) {
      if (value !== undefined && value !== "") this.lines.push(`${label}: ${value}`);
    }
  }

  para(text: string): void {
    this.lines.push(text);
  }

  date(date: LocalDate | undefined): string | undefined {
    return date ? formatLongDate(date) : undefined;
  }

  instant(at: Date): string {
    const moment = localMoment(at, this.config.timeZone);
    const hh = String(Math.floor(moment.minutes / 60)).padStart(2, "0");
    const mm = String(moment.minutes % 60).padStart(2, "0");
    return `${formatLongDate(moment.date)}, ${hh}:${mm} (${timeZoneLabel(this.config.timeZone)})`;
  }

  toString(): string {
    return `${this.lines.join("\n")}\n`;
  }
}

function person(p: Person | undefined): string | undefined {
  return p ? `${p.name} <${p.email}>` : undefined;
}

function actor(a: Actor, config: PolicyConfig): string {
  return `${a.name} (${roleInWords(a, config)})`;
}

/** When and how the customer was told of the latest restrictions, or why not (5.2.4, 5.2.6). */
function noticeWords(entry: RegisterEntry, doc: Doc, config: PolicyConfig): string | undefined {
  const notice = entry.period?.notice;
  switch (notice?.kind) {
    case undefined:
      return undefined;
    case "pending":
      return "not yet: the restrictions apply once the customer is told";
    case "notified":
      return `${notice.at ? doc.instant(notice.at) : doc.date(notice.on)}${notice.givenBy ? `, by ${actor(notice.givenBy, config)}` : ""}`;
    case "notNotified":
      return `not told, decided by ${actor(notice.decidedBy, config)} on ${doc.date(notice.decidedOn)}: ${notice.reason}`;
    case "notRequired":
      return "no notice: immediate action against a threat to staff (section 4)";
  }
}

function registerSection(doc: Doc, entry: RegisterEntry, config: PolicyConfig): void {
  doc.heading("1. The register entry (UCB Register)");
  doc.fields([
    ["Case reference", entry.ref],
    ["Name", entry.customerName],
    ["Where the case stands", describeStage(entry.stage, config)],
    ["Service area", entry.serviceArea],
    ["Single point of contact", person(entry.spoc)],
    ["Deputy", person(entry.deputy)],
    ["Representative", person(entry.representative)],
    ["Restrictions from", doc.date(entry.period?.start)],
    ["Restrictions until", entry.period && formatLastDay(entry.period.end)],
    ["Told of the restrictions", noticeWords(entry, doc, config)],
    ["Review due", doc.date(entry.reviewDue)],
    ["Appeal by", doc.date(entry.appealBy)],
    ["Restrictions ended", doc.date(entry.endedOn)],
    ["Closed", doc.date(entry.closedOn)],
    ["Kept until", doc.date(entry.retainUntil)],
  ]);
  reviewAndAppeal(doc, entry, config);
  if (entry.terms) {
    doc.subheading("Restrictions");
    const context = { spoc: entry.spoc, deputy: entry.deputy, periodStart: entry.period?.start };
    for (const sentence of describeTerms(entry.terms, context, config)) doc.para(`- ${sentence}`);
  }
}

/** The review asked for or started (5.2.6) and the appeal (5.2.7), with grounds and outcome. */
function reviewAndAppeal(doc: Doc, entry: RegisterEntry, config: PolicyConfig): void {
  const review = entry.review;
  if (review.status === "pending") {
    doc.subheading("Review (5.2.6)");
    doc.fields([
      ["Asked for on", doc.date(review.requestedOn)],
      ["Asked for by", review.by === "customer" ? "the customer" : "the council"],
      ["Grounds", review.grounds],
      ["Where it stands", "waiting for a decision"],
    ]);
  }
  const appeal = entry.appeal;
  if (appeal.status === "none") return;
  doc.subheading("Appeal (5.2.7)");
  const late =
    appeal.status === "referredToReview"
      ? appeal.decision
      : "late" in appeal
        ? appeal.late
        : undefined;
  doc.fields([
    ["Received on", doc.date(appeal.lodgedOn)],
    ["Grounds", "grounds" in appeal ? appeal.grounds : undefined],
    ["Where it stands", APPEAL_WORDS[appeal.status]],
    [
      "Passed to the director on",
      appeal.status === "passed" ? doc.date(appeal.passedOn) : undefined,
    ],
    ["Passed by", appeal.status === "passed" ? actor(appeal.passedBy, config) : undefined],
    ["Information passed", appeal.status === "passed" ? appeal.information.join("; ") : undefined],
    ["Decided on", appeal.status === "decided" ? doc.date(appeal.decidedOn) : undefined],
    ["Outcome", appeal.status === "decided" ? OUTCOME_WORDS[appeal.outcome] : undefined],
    [
      "Decided by",
      appeal.status === "decided" && appeal.decidedBy ? actor(appeal.decidedBy, config) : undefined,
    ],
    ["Late: what was chosen", late ? LATE_WORDS[late.choice] : undefined],
    ["Late: reasons", late?.reasons],
    [
      "Late: chosen by",
      late ? `${actor(late.by, config)} on ${doc.date(late.on) ?? ""}` : undefined,
    ],
  ]);
}

const APPEAL_WORDS: Readonly<Record<RegisterEntry["appeal"]["status"], string>> = {
  none: "no appeal",
  lodged: "received, being gathered for the director",
  late: "received after the last day to appeal; a choice on it is awaited",
  passed: "with the director for a decision",
  decided: "decided",
  referredToReview: "received late and taken as a review request instead",
};

const OUTCOME_WORDS = {
  confirmed: "the restrictions were confirmed",
  amended: "the restrictions were amended",
  removed: "the restrictions were removed",
} as const;

const LATE_WORDS = {
  consider: "to consider the appeal although it was late",
  referToReview: "to take it as a review request instead",
} as const;

function addressSection(doc: Doc, addresses: readonly AddressEntry[]): void {
  doc.heading("2. Email addresses held (UCB Addresses)");
  if (addresses.length === 0) doc.para("None.");
  for (const a of addresses) doc.para(`- ${a.address} (${a.kind})`);
}

const AGREEMENT_WORDS: Readonly<Record<ArrangementAgreement, string>> = {
  pending: "awaiting the customer's answer",
  agreed: "agreed by the customer",
  notAgreed: "not agreed by the customer",
};

function fileSection(doc: Doc, file: CaseFile | null, config: PolicyConfig): void {
  doc.heading("3. The case file (UCB Case Files)");
  if (!file) {
    doc.para("No case file is held.");
    return;
  }
  const { stepOne, referral, assessment } = file;
  if (stepOne) {
    doc.subheading("Step one (5.1)");
    doc.fields([
      ["Raised on", doc.date(stepOne.raisedOn)],
      ["Raised by", actor(stepOne.raisedBy, config)],
      ["Service most affected", stepOne.serviceMostImpacted],
      ["Behaviour", stepOne.behaviourExamples.map((b) => describeBehaviour(b).label).join("; ")],
      ["Details", stepOne.behaviourDetail],
      ["Offered a representative", stepOne.representativeOffered ? "yes" : "no"],
      ["Representative offered on", doc.date(stepOne.representativeOffer?.offeredOn)],
      ["Representative", person(stepOne.representativeOffer?.representative)],
      ["Proposed single point of contact", person(stepOne.proposedSpoc)],
      ["Proposed arrangement", stepOne.proposedArrangement],
      ["Confirmed in writing on", doc.date(stepOne.confirmedInWritingOn)],
      ["Arrangement", AGREEMENT_WORDS[stepOne.agreement]],
      ["Answer recorded on", doc.date(stepOne.agreementRecordedOn)],
    ]);
  }
  if (referral) {
    doc.subheading("Referral (5.2.1)");
    doc.fields([
      ["Referred on", doc.date(referral.referredOn)],
      ["Referred by", actor(referral.referredBy, config)],
      ["Behaviour", referral.behaviour],
      ["Work undertaken", referral.workUndertaken],
      ["Correspondence", referral.correspondence.join("; ")],
      ["Arrangement", referral.arrangement],
      ["Monitoring evidence", referral.monitoringEvidence],
      ["Logged contacts drawn on", String(referral.contactCount)],
    ]);
  }
  if (assessment) {
    doc.subheading("Assessment (5.2.2)");
    doc.fields([
      ["Decided on", doc.date(assessment.decidedOn)],
      ["Decided by", actor(assessment.decidedBy, config)],
      [
        "Consulted",
        assessment.consulted
          .map((c) => `${actor(c, config)}${c.on ? ` on ${doc.date(c.on) ?? ""}` : ""}`)
          .join("; "),
      ],
      ["Behaviour unreasonable", assessment.unreasonable ? "yes" : "no"],
      ["Restrictions needed", assessment.restrictionsNeeded ? "yes" : "no"],
      ["Reasons", assessment.reasons],
    ]);
  }
  const immediate = file.immediateAction;
  if (immediate) {
    doc.subheading("Immediate action (section 4)");
    doc.fields([
      ["Taken on", doc.date(immediate.decidedOn)],
      ["Taken by", actor(immediate.decidedBy, config)],
      ["Behaviour", immediate.behaviour],
      ["Action", immediateActionsInWords(immediate.actions)],
      ["Police reference", immediate.policeReference],
      ["Premises", immediate.premises],
      ["Lasts", immediateUntil(immediate.until)],
      ["Review on", doc.date(immediate.reviewOn)],
      ["Reasons", immediate.reasons],
    ]);
  }
  doc.subheading("Reasonable adjustments");
  if (file.reasonableAdjustments.length === 0) doc.para("None recorded.");
  for (const a of file.reasonableAdjustments) doc.para(`- ${a.description}`);
  doc.fields([
    ["Why the restrictions are proportionate", file.proportionalityNote],
    ["Lawful basis", file.lawfulBasis],
  ]);
}

function contactSection(doc: Doc, contacts: readonly LoggedContact[]): void {
  doc.heading("4. Contacts logged (UCB Contacts)");
  if (contacts.length === 0) doc.para("None.");
  for (const c of contacts) {
    const direction = c.direction === "inbound" ? "from the customer" : "to the customer";
    doc.para(`- ${doc.instant(c.at)}: ${channelName(c.channel)} ${direction}, "${c.subject}"`);
    const why = c.reasons.map((r) => REASON_WORDS[r]).join("; ");
    doc.para(`  Within the terms: ${VERDICT_WORDS[c.verdict]}${why ? ` (${why})` : ""}`);
  }
}

const REASON_WORDS: Readonly<Record<LoggedContact["reasons"][number], string>> = {
  channelNotAllowed: "a way of contacting the council that the terms do not allow",
  outsideContactWindow: "outside the agreed days and times",
  overVolume: "over the agreed number of contacts",
  notToSpoc: "not sent to the named contact",
  channelBlocked: "a blocked channel",
  copiedToOthers: "also sent to other council officers, not only the named contact",
  premisesRestricted: "a visit while access to council premises is restricted",
};

const VERDICT_WORDS: Readonly<Record<LoggedContact["verdict"], string>> = {
  notRestricted: "no restrictions applied",
  withinTerms: "yes",
  outsideTerms: "no",
  blocked: "no (blocked channel)",
  notChecked: "not checked",
  withinArrangement: "no restrictions applied; within the arrangement agreed at step one",
  outsideArrangement: "no restrictions applied; outside the arrangement agreed at step one",
};

function isLetter(e: CaseEvent): boolean {
  return e.action === "letterDrafted";
}

function eventSection(doc: Doc, events: readonly CaseEvent[], config: PolicyConfig): void {
  doc.heading("5. Decisions and actions (UCB Case Events)");
  const decisions = events.filter((e) => !isLetter(e));
  if (decisions.length === 0) doc.para("None.");
  for (const e of decisions) {
    doc.para(`- ${doc.instant(e.at)}, ${actor(e.actor, config)}: ${e.summary}`);
    const reasons = e.detail["reasons"] ?? e.detail["grounds"];
    if (typeof reasons === "string") doc.para(`  Reasons given: ${reasons}`);
  }
  doc.heading("6. Letters");
  const letters = events.filter(isLetter);
  if (letters.length === 0) doc.para("None.");
  for (const e of letters) {
    const subject = e.detail["subject"];
    const body = e.detail["body"];
    doc.subheading(`${doc.instant(e.at)}: ${typeof subject === "string" ? subject : "Letter"}`);
    if (typeof body === "string") doc.para(body);
  }
}

const FOLDER_WORDS = { letters: "Letter as sent", correspondence: "Correspondence" } as const;

function documentSection(doc: Doc, documents: readonly CaseDocument[]): void {
  doc.heading("7. Documents kept with the case (UCB Case Documents)");
  if (documents.length === 0) doc.para("None.");
  for (const d of documents) {
    const size = d.size < 1024 ? `${d.size} bytes` : `${Math.ceil(d.size / 1024)} KB`;
    doc.para(`- ${FOLDER_WORDS[d.folder]}: ${d.name} (kept ${doc.instant(d.createdAt)}, ${size})`);
  }
  if (documents.length > 0) {
    doc.para("");
    doc.para("Each document is given in full as a file beside this one, under its own name.");
  }
}

// ---------------------------------------------------------------------------------------------
// One model, two forms

/** The response's data: what the JSON is, and what the readable document writes out in full. */
function caseData(held: HeldData): Readonly<Record<string, unknown>> {
  return {
    ref: held.entry.ref,
    register: held.entry,
    addresses: held.addresses,
    caseFile: held.file,
    contacts: held.contacts,
    events: held.events.filter((e) => !isLetter(e)),
    letters: held.events.filter(isLetter).map((e) => ({ at: e.at, ...e.detail })),
    documents: held.documents.map((d) => ({
      folder: d.folder,
      name: d.name,
      size: d.size,
      keptAt: d.createdAt,
      webUrl: d.webUrl,
    })),
  };
}

type Model = {
  readonly council: string;
  readonly preparedAt: Date;
  readonly request: OpenRequest;
  readonly cases: readonly Readonly<Record<string, unknown>>[];
  readonly aboutThisInformation: SubjectAccessInformation;
};

function modelOf(
  held: readonly HeldData[],
  request: OpenRequest,
  generatedAt: Date,
  config: PolicyConfig,
): Readonly<Record<string, unknown>> {
  const model: Model = {
    council: config.councilName,
    preparedAt: generatedAt,
    request,
    cases: held.map(caseData),
    aboutThisInformation: subjectAccessInformationOf(config),
  };
  // Dates become ISO strings; the cases keep the lists' own shape, so nothing is lost or reworded.
  return JSON.parse(JSON.stringify(model)) as Readonly<Record<string, unknown>>;
}

/** The readable document for release: the cases in words, then every item held, then Art. 15. */
export function renderSubjectAccess(
  held: readonly HeldData[],
  json: Readonly<Record<string, unknown>>,
  config: PolicyConfig,
): string {
  const doc = new Doc(config);
  const request = json["request"] as OpenRequest;
  const generatedAt = new Date(json["preparedAt"] as string);
  doc.para(
    `${config.councilName}: information held about you under the Unreasonable Customer Behaviour Policy`,
  );
  const names = [...new Set(held.map((h) => h.entry.customerName))].join("; ");
  doc.para(`About: ${names}`);
  doc.para(`Cases: ${held.map((h) => h.entry.ref).join(", ")}`);
  doc.para(`Your request received: ${formatLongDate(request.receivedOn)}`);
  doc.para(`Prepared ${doc.instant(generatedAt)}`);
  const cases = json["cases"] as readonly unknown[];
  held.forEach((h, i) => {
    doc.para("");
    doc.heading(`Case ${h.entry.ref}`);
    registerSection(doc, h.entry, config);
    addressSection(doc, h.addresses);
    fileSection(doc, h.file, config);
    contactSection(doc, h.contacts);
    eventSection(doc, h.events, config);
    documentSection(doc, h.documents);
    doc.heading("8. Everything held, item by item");
    doc.para(
      "Every item held for this case, as it is recorded, including what the sections above put in words.",
    );
    for (const line of recordLines(cases[i], [], (at) => doc.instant(at))) doc.para(line);
  });
  doc.para("");
  doc.heading("About this information (UK GDPR Article 15)");
  const about = json["aboutThisInformation"] as Readonly<Record<string, string>>;
  for (const [key, heading] of Object.entries(SUBJECT_ACCESS_INFORMATION_HEADINGS)) {
    doc.subheading(heading);
    doc.para(about[key] ?? "");
  }
  doc.para("");
  doc.para(
    `We received your request on ${formatLongDate(request.receivedOn)}; the law asks us to respond by ${formatLongDate(request.dueBy)}.`,
  );
  return doc.toString();
}

/** The note for whoever releases the response: never part of it. */
export function renderStaffNotes(
  held: readonly HeldData[],
  request: SubjectAccessRequest & OpenRequest,
  flags: ThirdPartyFlags,
  config: PolicyConfig,
): string {
  const doc = new Doc(config);
  doc.para("FOR STAFF ONLY: NOT FOR RELEASE");
  doc.heading("Subject access request");
  doc.fields([
    ["Received", formatLongDate(request.receivedOn)],
    ["Respond by", `${formatLongDate(request.dueBy)} (one month, UK GDPR Art. 12(3))`],
    ["Found", request.foundBy],
    ["Cases included", held.map((h) => `${h.entry.ref} (${h.entry.customerName})`).join("; ")],
  ]);
  if (request.notIncluded && request.notIncluded.length > 0) {
    doc.subheading("Found by the search but not included");
    doc.para(
      "Their names only partly match the request. Include one (with --case) only if you are sure it is the same person.",
    );
    for (const r of request.notIncluded) doc.para(`- ${r.ref}: ${r.customerName}`);
  }
  doc.heading("Before release");
  for (const step of [
    "Confirm the requester's identity, and a representative's authority to ask for them.",
    "Decide on each item below: release, or redact under UK GDPR Art. 15(4) and DPA 2018 Sch. 2 para 16 (another person's data, unless they consent or it is reasonable to release without consent). Staff names in their official role are normally released.",
    "Consider the other exemptions (DPA 2018 Sch. 2, for example crime and taxation, legal professional privilege) and record any you apply.",
    "Release the readable document, the JSON (if asked for) and the documents folder, redacted as decided. Do not release this note.",
    "When the response has gone, record it: npm run sar -- --close with the same --case, --name or --address.",
  ]) {
    doc.para(`- ${step}`);
  }
  doc.heading("Other people in the response: decide on each");
  if (flags.people.length === 0) doc.para("No one else is named in the data.");
  for (const p of flags.people) {
    doc.subheading(`${THIRD_PARTY_WORDS[p.kind]}: ${p.who}`);
    for (const item of p.items) doc.para(`- [ ] release  [ ] redact   ${item}`);
  }
  doc.heading("Free text: read for other people (witnesses, other customers)");
  if (flags.freeText.length === 0) doc.para("None.");
  for (const item of flags.freeText) doc.para(`- [ ] release  [ ] redact   ${item}`);
  doc.heading("Documents: read each for other people");
  if (flags.documents.length === 0) doc.para("None.");
  for (const name of flags.documents) doc.para(`- [ ] release  [ ] redact   ${name}`);
  return doc.toString();
}

const THIRD_PARTY_WORDS = {
  staff: "Member of staff",
  representative: "Representative",
  otherPerson: "Other person",
} as const;

/** What was released, in counts: the export event holds no personal data. */
function releasedCounts(held: HeldData): Readonly<Record<string, number>> {
  return {
    registerEntries: 1,
    addresses: held.addresses.length,
    caseFiles: held.file ? 1 : 0,
    contacts: held.contacts.length,
    events: held.events.filter((e) => !isLetter(e)).length,
    letters: held.events.filter(isLetter).length,
    documents: held.documents.length,
  };
}

/** Builds the export for these cases (in this order); null when one of them is not held. */
export async function buildSubjectAccess(
  deps: SubjectAccessDeps,
  refs: readonly CaseRef[],
  request: SubjectAccessRequest,
): Promise<SubjectAccessExport | null> {
  const held: HeldData[] = [];
  for (const ref of refs) {
    const one = await readHeldData(deps.store, deps.documents, ref);
    if (!one) return null;
    held.push(one);
  }
  const generatedAt = deps.clock.now();
  const day = localMoment(generatedAt, deps.config.timeZone).date;
  const open = { receivedOn: request.receivedOn, dueBy: subjectAccessDueBy(request.receivedOn) };
  const json = modelOf(held, open, generatedAt, deps.config);
  const cases = json["cases"] as readonly unknown[];
  const flags = thirdPartyFlags(
    held.map((h, i) => ({
      path: held.length > 1 ? [`case ${h.entry.ref}`] : [],
      data: cases[i],
      addresses: h.addresses,
      ...(h.entry.representative ? { representative: h.entry.representative.email } : {}),
    })),
    deps.config,
  );
  const first = refs[0] ?? "";
  const base = refs.length === 1 ? first : `${first}-and-${refs.length - 1}-more`;
  return {
    refs,
    generatedAt,
    request: open,
    text: renderSubjectAccess(held, json, deps.config),
    json,
    staffNotes: renderStaffNotes(held, { ...request, ...open }, flags, deps.config),
    fileBaseName: `${base}-subject-access-${day}`,
    documents: held.flatMap((h) => h.documents),
    released: new Map(held.map((h) => [h.entry.ref, releasedCounts(h)])),
  };
}

/**
 * The city helpdesk manager's action. Opens the request on each case ("sar-opened", with the
 * date received and the deadline) unless one is open, and records the export with what was
 * released, in counts (no personal data beyond the reference). Refused for other roles, for no
 * case, or when a case is not held.
 */
export async function exportSubjectAccess(
  deps: SubjectAccessDeps,
  by: Actor,
  refs: CaseRef | readonly CaseRef[],
  request?: SubjectAccessRequest,
): Promise<Result<SubjectAccessExport, Refusal>> {
  if (by.role !== "cityHelpdeskManager") {
    return refuse(
      "wrongRole",
      `Only the ${deps.config.roleTitles.cityHelpdeskManager} can export what is held about a customer.`,
    );
  }
  const list = typeof refs === "string" ? [refs] : [...new Set(refs)];
  if (list.length === 0) return refuse("notFound", "No case was found for the request.");
  const asked = request ?? {
    receivedOn: localMoment(deps.clock.now(), deps.config.timeZone).date,
  };
  const built = await buildSubjectAccess(deps, list, asked);
  if (!built) return refuse("notFound", `No case ${list.join(", ")} is held.`);
  for (const ref of list) {
    const events = await deps.store.listEvents(ref);
    const open = openSubjectAccessRequest(events);
    if (!open || open.receivedOn !== built.request.receivedOn) {
      await deps.store.appendEvent(
        requestOpenedEvent(ref, built.request.receivedOn, by, built.generatedAt),
      );
    }
    await deps.store.appendEvent({
      ref,
      at: built.generatedAt,
      actor: by,
      action: "subjectAccessExported",
      summary: `${by.name} exported everything held about this case (subject access request received ${formatLongDate(built.request.receivedOn)}, due by ${formatLongDate(built.request.dueBy)}).`,
      detail: {
        receivedOn: built.request.receivedOn,
        dueBy: built.request.dueBy,
        cases: list.length,
        released: built.released.get(ref) ?? {},
        files: built.fileBaseName,
      },
    });
  }
  return { ok: true, value: built };
}
