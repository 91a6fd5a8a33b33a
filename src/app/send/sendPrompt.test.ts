import { describe, expect, it } from "vitest";
import { PORTSMOUTH_POLICY } from "../../domain/config";
import { address, person, REF, SPOC } from "../../domain/testFixtures";
import type { CaseRef } from "../../domain/types";
import { describeFailure } from "../errorWording";
import { AuthError, StoreError } from "../ports";
import type { CaseConcerns, SendDecision } from "./sendCheck";
import { SMART_ALERT_LIMITS, sendPrompt } from "./sendPrompt";

const CUSTOMER_CASE: CaseConcerns = {
  ref: REF,
  customerName: "Jo Bloggs",
  addresses: [{ address: address("jo.bloggs@example.org"), kind: "customer" }],
  concerns: ["notSpoc"],
  reasons: ["Only the SPOC, Priya Shah, deals with this customer."],
  advice: ["Ask the SPOC, Priya Shah, to write to them instead."],
  terms: [
    "Contact by email or by letter only.",
    "At most 1 email a week (weeks start on Monday).",
    "Only with the SPOC, Priya Shah.",
  ],
  spoc: SPOC,
};

const warn = (...cases: CaseConcerns[]): SendDecision => ({ kind: "warn", cases });

function fitsOutlook(prompt: ReturnType<typeof sendPrompt>) {
  expect(prompt).toBeDefined();
  expect(prompt?.errorMessage.length).toBeLessThanOrEqual(SMART_ALERT_LIMITS.message);
  expect(prompt?.errorMessageMarkdown.length).toBeLessThanOrEqual(SMART_ALERT_LIMITS.markdown);
  expect(prompt?.cancelLabel.length).toBeLessThanOrEqual(SMART_ALERT_LIMITS.cancelLabel);
}

describe("Outlook's prompt when the send check stops an email", () => {
  it("says nothing when the email may go", () => {
    expect(sendPrompt({ kind: "send" }, PORTSMOUTH_POLICY)).toBeUndefined();
  });

  it("names the customer, why, what to do, the terms and how to go back", () => {
    const prompt = sendPrompt(warn(CUSTOMER_CASE), PORTSMOUTH_POLICY);
    fitsOutlook(prompt);
    expect(prompt?.errorMessage).toBe(
      "Jo Bloggs (jo.bloggs@example.org) is a restricted customer. " +
        "Only the SPOC, Priya Shah, deals with this customer. " +
        "Ask the SPOC, Priya Shah, to write to them instead. " +
        "Terms: Contact by email or by letter only. At most 1 email a week (weeks start on Monday). Only with the SPOC, Priya Shah. " +
        "Choose Don't Send to go back and change or stop this email.",
    );
    expect(prompt?.errorMessageMarkdown).toBe(
      "**Jo Bloggs** (jo.bloggs@example.org) is a restricted customer.\n\n" +
        "- Only the SPOC, Priya Shah, deals with this customer.\r\n\n" +
        "Ask the SPOC, Priya Shah, to write to them instead.\n\n" +
        "**Terms:** Contact by email or by letter only. At most 1 email a week (weeks start on Monday). Only with the SPOC, Priya Shah.\n\n" +
        "Choose **Don't Send** to go back and change or stop this email.",
    );
    expect(prompt?.cancelLabel).toBe("See the terms");
  });

  it("names the SPOC when the reasons do not (the SPOC writing by a channel not allowed)", () => {
    const letterOnly: CaseConcerns = {
      ...CUSTOMER_CASE,
      concerns: ["channelNotAllowed"],
      reasons: ["The terms allow contact by letter only."],
      advice: ["Write by letter instead of by email."],
      deputy: person("Jordan Lee"),
    };
    const prompt = sendPrompt(warn(letterOnly), PORTSMOUTH_POLICY);
    expect(prompt?.errorMessage).toContain("Their SPOC is Priya Shah (deputy: Jordan Lee).");
    expect(prompt?.errorMessageMarkdown).toContain("**SPOC:** Priya Shah (deputy: Jordan Lee)");
  });

  it("says who to ask when no SPOC is recorded", () => {
    const { spoc: _, ...noSpoc } = CUSTOMER_CASE;
    const prompt = sendPrompt(warn(noSpoc), PORTSMOUTH_POLICY);
    expect(prompt?.errorMessage).toContain("No SPOC is recorded: ask the city helpdesk manager.");
  });

  it("says a representative represents the restricted customer", () => {
    const represented: CaseConcerns = {
      ...CUSTOMER_CASE,
      addresses: [{ address: address("sam.patel@advocacy.example"), kind: "representative" }],
    };
    const prompt = sendPrompt(warn(represented), PORTSMOUTH_POLICY);
    expect(prompt?.errorMessage).toMatch(
      /^sam\.patel@advocacy\.example represents Jo Bloggs, a restricted customer\. /,
    );
  });

  it("keeps Markdown in names and addresses as text", () => {
    const odd: CaseConcerns = {
      ...CUSTOMER_CASE,
      customerName: "Jo *Bloggs* [x](https://evil.example)",
      addresses: [{ address: address("jo_bloggs@example.org"), kind: "customer" }],
    };
    const markdown = sendPrompt(warn(odd), PORTSMOUTH_POLICY)?.errorMessageMarkdown ?? "";
    expect(markdown).toContain("**Jo \\*Bloggs\\* \\[x\\](https://evil.example)**");
    expect(markdown).toContain("(jo\\_bloggs@example.org)");
  });

  it("fits Outlook's limits however much there is to say, keeping who, why and how to go back", () => {
    const many = (n: number): CaseConcerns => ({
      ...CUSTOMER_CASE,
      ref: `UCB-2026-${String(n).padStart(6, "A")}` as CaseRef,
      customerName: `Customer number ${n} with a long double-barrelled name`,
      reasons: [
        "Contact by email is blocked for this customer (5.2.5).",
        "Restrictions on this customer's contact were decided on Friday 30 October 2026 but they have not been told yet: the assistant director of corporate services tells them (5.2.4).",
      ],
      terms: Array.from({ length: 8 }, (_, i) => `A long term number ${i} of the restrictions.`),
    });
    const prompt = sendPrompt(warn(many(1), many(2), many(3)), PORTSMOUTH_POLICY);
    fitsOutlook(prompt);
    expect(prompt?.errorMessage).toContain("Customer number 1");
    expect(prompt?.errorMessage).toContain("is blocked for this customer");
    expect(prompt?.errorMessage).toMatch(
      /Choose Don't Send to go back and change or stop this email\.$/,
    );
  });

  it("says the recipients could not be checked, and that the email can still go", () => {
    const failure = describeFailure(new StoreError("offline", "no network"));
    const prompt = sendPrompt({ kind: "couldNotCheck", failure }, PORTSMOUTH_POLICY);
    fitsOutlook(prompt);
    expect(prompt?.errorMessage).toBe(
      "The recipients could not be checked against the restriction register: Outlook could not reach SharePoint. " +
        "If one of them is a restricted customer, their terms may not allow this email. " +
        "You can send it now, or choose Don't Send and try again from Check recipients. If unsure, ask the city helpdesk manager.",
    );
    expect(prompt?.cancelLabel).toBe("Check recipients");
  });

  it("sends someone who must sign in to the pane to do it", () => {
    const failure = describeFailure(new AuthError("interactionRequired", "sign in"));
    const prompt = sendPrompt({ kind: "couldNotCheck", failure }, PORTSMOUTH_POLICY);
    expect(prompt?.errorMessage).toContain("You need to sign in again.");
    expect(prompt?.errorMessage).toContain("Open Check recipients to sign in, then send again");
  });
});
