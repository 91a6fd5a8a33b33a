/**
 * What a subject access response must tell the person besides their data (UK GDPR Art. 15(1)(a)
 * to (h) and 15(2)), as the council words it, and when the response is due (Art. 12(3)).
 * Configuration (config.ts `subjectAccessInformation`) replaces any paragraph; the default is
 * written for Portsmouth's policy and should be checked by the council's data protection officer.
 */
import type { PolicyConfig } from "./config";
import { addMonths } from "./localDate";
import type { LocalDate } from "./types";

export type SubjectAccessInformation = {
  /** Art. 15(1)(a): why the council holds the information. */
  readonly purposes: string;
  /** Art. 6 (and Art. 9 where health or disability is recorded). */
  readonly lawfulBasis: string;
  /** Art. 15(1)(c): who it is shared with. */
  readonly recipients: string;
  /** Art. 15(1)(d): how long it is kept. */
  readonly retention: string;
  /** Art. 15(1)(g): where it came from. */
  readonly source: string;
  /** Art. 15(1)(e): rectification, erasure, restriction and objection. */
  readonly rights: string;
  /** Art. 15(1)(f): the right to complain to the Information Commissioner. */
  readonly complaint: string;
  /** Art. 15(1)(h): the checks the add-in computes, and that people decide. */
  readonly automatedProcessing: string;
};

/** The headings the readable document gives each paragraph, in the order it gives them. */
export const SUBJECT_ACCESS_INFORMATION_HEADINGS: Readonly<
  Record<keyof SubjectAccessInformation, string>
> = {
  purposes: "Why we hold this information",
  lawfulBasis: "Our lawful basis",
  recipients: "Who we share it with",
  retention: "How long we keep it",
  source: "Where the information came from",
  rights: "Your other rights",
  complaint: "Your right to complain",
  automatedProcessing: "Checks made by computer",
};

export const DEFAULT_SUBJECT_ACCESS_INFORMATION: SubjectAccessInformation = {
  purposes:
    "We hold this information to apply our Unreasonable Customer Behaviour Policy: to record concerns about contact with the council, to decide whether restrictions on contact are needed, to tell staff how to handle your contact while restrictions apply, to review and hear appeals against those decisions, and to protect our staff.",
  lawfulBasis:
    "UK GDPR Article 6(1)(e): the processing is necessary for tasks we carry out in the public interest and in the exercise of our official authority, and Article 6(1)(c) where the law requires it (our duties to the health and safety of our staff and under the Equality Act 2010). Where we record a disability or health condition to make a reasonable adjustment, we rely on Article 9(2)(g) with the Data Protection Act 2018, Schedule 1, paragraph 6 (statutory and government purposes) and paragraph 16 (support for individuals with a particular disability or medical condition).",
  recipients:
    "The information is seen only by the council staff who need it: the managers who raised or decided your case, the City Helpdesk, and staff you contact, who see only that your contact is restricted, how, and who your single point of contact is. We share it outside the council only where the law requires or allows it, for example with the police where there is a threat to staff, with the Local Government and Social Care Ombudsman if you complain to them, or with a court.",
  retention:
    "We keep the file for as long as the restrictions apply and for six years after they end, or six years after the case is closed, and then destroy it. We keep the record of this request, and of what we sent you, for the period our retention schedule sets for subject access requests.",
  source:
    "The information comes from you (your emails, letters, calls and visits), from council staff who dealt with you and recorded their concerns and decisions, and from your representative if you have one.",
  rights:
    "You have the right to ask us to correct information that is wrong or incomplete, to ask us to erase information we no longer need or should not hold, to ask us to restrict how we use it while a question about it is settled, and to object to our use of it. Write to the City Helpdesk Manager, giving your case reference.",
  complaint:
    "You may complain to the Information Commissioner's Office: ico.org.uk/make-a-complaint, telephone 0303 123 1113, or write to Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF. We ask you to tell us first so we can try to put things right.",
  automatedProcessing:
    "Our system checks each logged contact against the agreed terms and records whether it was within them (for example the days, times, channels or number of contacts allowed). These checks are computed by the system, but no decision about you is made by computer alone: every decision to raise a concern, impose, review, end or keep restrictions is made and recorded by a named officer.",
};

/**
 * The last day to respond (Art. 12(3)): one month from the day the request was received, to the
 * corresponding date of the next month, or that month's last day when it has none (ICO right
 * of access guidance). The extension by two further months for complex requests is the
 * council's decision and is not assumed here.
 */
export function subjectAccessDueBy(receivedOn: LocalDate): LocalDate {
  return addMonths(receivedOn, 1);
}

/** The information a response gives: the council's own paragraphs over the defaults. */
export function subjectAccessInformationOf(config: PolicyConfig): SubjectAccessInformation {
  return { ...DEFAULT_SUBJECT_ACCESS_INFORMATION, ...config.subjectAccessInformation };
}
