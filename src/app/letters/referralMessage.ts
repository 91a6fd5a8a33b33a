/**
 * 5.2.1: the message that takes a referral to the city helpdesk manager: who the customer is,
 * why the case is referred, and the evidence the policy asks for (behaviour, work undertaken,
 * correspondence, the arrangement and monitoring), in plain text.
 */
import type { PolicyConfig } from "../../domain/config";
import type { Actor, CaseRef, LocalDate } from "../../domain/types";
import { letterDate, paragraphs, signatureBlock, signatureTitle } from "./format";

export type ReferralMessageFacts = {
  readonly ref: CaseRef;
  readonly customerName: string;
  readonly serviceArea: string;
  readonly today: LocalDate;
  readonly referredBy: Actor;
  readonly sections: readonly { readonly title: string; readonly text: string }[];
};

export function referralSubject(facts: Pick<ReferralMessageFacts, "ref" | "customerName">) {
  return `Referral under the Unreasonable Customer Behaviour Policy: ${facts.customerName} (${facts.ref})`;
}

export function referralMessage(facts: ReferralMessageFacts, config: PolicyConfig): string {
  const helpdesk = signatureTitle(config.roleTitles.cityHelpdeskManager);
  return paragraphs(
    `Dear ${helpdesk},`,
    `I am referring the case of ${facts.customerName} (reference ${facts.ref}, ${facts.serviceArea}) to you under section 5.2.1 of the Unreasonable Customer Behaviour Policy, as the matter could not be resolved at step one. I referred it in the add-in on ${letterDate(facts.today)}; the referral and its evidence are in the case file.`,
    ...facts.sections.map((s) => `${s.title.toUpperCase()}\n${s.text}`),
    "Please let me know if you need anything further for your assessment (5.2.2).",
    signatureBlock(facts.referredBy, config, "Kind regards,"),
  );
}
