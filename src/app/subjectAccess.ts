/**
 * Subject access (UK GDPR Art. 15): everything held about one case, as a readable document and
 * as JSON. The pane offers it to the city helpdesk manager; scripts/sar.ts writes both files.
 */
import { describeBehaviour } from "../domain/behaviour";
import type { PolicyConfig } from "../domain/config";
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
import type { AddressEntry, CaseDocument, CaseDocuments, CaseStore, Clock } from "./ports";

export type SubjectAccessExport = {
  readonly ref: CaseRef;
  readonly generatedAt: Date;
  /** Plain text with headings and UK dates. */
  readonly text: string;
  /** The same content as data. */
  readonly json: Readonly<Record<string, unknown>>;
  /** e.g. "UCB-2026-0001-subject-access-2026-11-28": add ".txt" / ".json". */
  readonly fileBaseName: string;
  /** The letters and correspondence kept (UCB Case Documents), for their files. */
  readonly documents: readonly CaseDocument[];
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
  if (entry.terms) {
    doc.subheading("Restrictions");
    const context = { spoc: entry.spoc, deputy: entry.deputy, periodStart: entry.period?.start };
    for (const sentence of describeTerms(entry.terms, context, config)) doc.para(`- ${sentence}`);
  }
}

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

export function renderSubjectAccess(
  held: HeldData,
  generatedAt: Date,
  config: PolicyConfig,
): string {
  const doc = new Doc(config);
  doc.para(
    `${config.councilName}: information held under the Unreasonable Customer Behaviour Policy`,
  );
  doc.para(`Case ${held.entry.ref}, ${held.entry.customerName}`);
  doc.para(`Prepared ${doc.instant(generatedAt)}`);
  doc.para("");
  doc.para(
    "Before release, check for information about other people (for example staff or witnesses) and any exemption that applies (UK GDPR; ICO right of access guidance).",
  );
  registerSection(doc, held.entry, config);
  addressSection(doc, held.addresses);
  fileSection(doc, held.file, config);
  contactSection(doc, held.contacts);
  eventSection(doc, held.events, config);
  documentSection(doc, held.documents);
  return doc.toString();
}

function asJson(held: HeldData, generatedAt: Date): Readonly<Record<string, unknown>> {
  // Dates become ISO strings; the shape is the lists' own, so nothing is lost or reworded.
  return JSON.parse(
    JSON.stringify({
      ref: held.entry.ref,
      generatedAt,
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
    }),
  ) as Readonly<Record<string, unknown>>;
}

/** Builds the export; null when the case is not held. */
export async function buildSubjectAccess(
  deps: SubjectAccessDeps,
  ref: CaseRef,
): Promise<SubjectAccessExport | null> {
  const held = await readHeldData(deps.store, deps.documents, ref);
  if (!held) return null;
  const generatedAt = deps.clock.now();
  const day = localMoment(generatedAt, deps.config.timeZone).date;
  return {
    ref,
    generatedAt,
    text: renderSubjectAccess(held, generatedAt, deps.config),
    json: asJson(held, generatedAt),
    fileBaseName: `${ref}-subject-access-${day}`,
    documents: held.documents,
  };
}

/**
 * The pane action: the city helpdesk manager only. Records that an export was made (no
 * personal data beyond the reference) and returns it. Refused for other roles or an unknown case.
 */
export async function exportSubjectAccess(
  deps: SubjectAccessDeps,
  by: Actor,
  ref: CaseRef,
): Promise<Result<SubjectAccessExport, Refusal>> {
  if (by.role !== "cityHelpdeskManager") {
    return refuse(
      "wrongRole",
      `Only the ${deps.config.roleTitles.cityHelpdeskManager} can export what is held about a customer.`,
    );
  }
  const built = await buildSubjectAccess(deps, ref);
  if (!built) return refuse("notFound", `No case ${ref} is held.`);
  await deps.store.appendEvent({
    ref,
    at: built.generatedAt,
    actor: by,
    action: "subjectAccessExported",
    summary: `${by.name} exported everything held about this case (subject access).`,
    detail: {},
  });
  return { ok: true, value: built };
}
