import { describe, expect, it } from "vitest";
import { logged } from "../../domain/testFixtures";
import { confirmed, monitored, noonOn, opened } from "../../domain/testScenario";
import type { EmailAddress } from "../../domain/types";
import { prepareReferral, submitReferral } from "./referral";
import type { ReferralDraft } from "./types";
import { FRONTLINE_USER, MANAGER_USER, REF, testDeps, type TestDeps } from "./testSupport";

const NOW = noonOn("2026-10-20");
const HELPDESK = "jordan.lee@council.example" as EmailAddress;

async function ready(deps: TestDeps): Promise<ReferralDraft> {
  const prepared = await prepareReferral(deps, REF, MANAGER_USER);
  if (prepared.kind !== "ready") throw new Error(`Not ready: ${JSON.stringify(prepared)}`);
  return prepared.draft;
}

describe("referring to the city helpdesk manager (5.2.1)", () => {
  it("compiles the behaviour, the step-one record and the contact log since step one", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    deps.store.contacts.push(
      logged("2026-09-20T10:00:00Z", { ref: REF, subject: "Before step one" }),
      logged("2026-10-05T10:00:00Z", { ref: REF, subject: "Same repair again" }),
      logged("2026-10-06T10:00:00Z", {
        ref: REF,
        subject: "And again",
        verdict: "outsideTerms",
        reasons: ["overVolume"],
      }),
    );
    const draft = await ready(deps);
    expect(draft.contactCount).toBe(2);
    expect(draft.behaviour).toContain("- Excessive demands on time:");
    expect(draft.behaviour).toContain("Emails several times a day to six officers.");
    expect(draft.workUndertaken).toContain(
      "The concern was confirmed to the customer in writing on 2 October 2026.",
    );
    expect(draft.correspondence).toBe(
      "Letter confirming the concern in writing, 2 October 2026 (5.1)",
    );
    expect(draft.monitoringEvidence).toMatch(
      /^2 contacts logged since 1 October 2026: 2 from the customer, 1 outside the terms\./,
    );
    expect(draft.monitoringEvidence).toContain(
      "- Tuesday 6 October 2026, email, from the customer: And again. Outside the terms (It was over the volume allowance for its period).",
    );
    expect(draft.monitoringEvidence).not.toContain("Before step one");
    expect(draft.sections.map((s) => s.title)).toEqual([
      "Behaviour considered unreasonable",
      "Work undertaken to resolve it",
      "Correspondence about managing contact",
      "Arrangement",
      "Monitoring evidence",
    ]);
  });

  it("refers the case through the domain and opens a message to the helpdesk manager", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    const draft = await ready(deps);
    const outcome = await submitReferral(deps, draft, MANAGER_USER, { helpdeskMailbox: HELPDESK });
    expect(outcome.kind).toBe("done");
    expect(deps.store.register.get(REF)?.value.stage).toBe("referred");
    expect(deps.store.files.get(REF)?.value.referral).toMatchObject({
      referredOn: "2026-10-20",
      referredBy: { name: "Sam Patel", role: "serviceManager" },
      correspondence: ["Letter confirming the concern in writing, 2 October 2026 (5.1)"],
    });
    expect(deps.store.events.map((e) => e.action)).toEqual(["referred"]);
    const [sent] = deps.mailbox.newMessages;
    expect(sent?.to).toEqual([HELPDESK]);
    expect(sent?.subject).toBe(
      "Referral under the Unreasonable Customer Behaviour Policy: Jo Bloggs (UCB-2026-7KQ2MX)",
    );
    expect(sent?.body).toMatch(
      /^Dear City Helpdesk Manager,\n\nI am referring the case of Jo Bloggs/,
    );
    expect(sent?.body).toContain(
      "MONITORING EVIDENCE\nNo contacts have been logged since 1 October 2026.",
    );
    expect(sent?.body).toMatch(
      /Kind regards,\n\nSam Patel\nService Manager\nPortsmouth City Council$/,
    );
  });

  it("says the concern must first be confirmed in writing, in the domain's words", async () => {
    const deps = testDeps(NOW, [opened()]);
    expect(await prepareReferral(deps, REF, MANAGER_USER)).toEqual({
      kind: "refused",
      message: "The step-one concern must first be confirmed to the customer in writing (5.1).",
    });
  });

  it("is refused to frontline staff", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    const prepared = await prepareReferral(deps, REF, FRONTLINE_USER);
    expect(prepared.kind).toBe("refused");
    expect(prepared.kind === "refused" && prepared.message).toMatch(/^Only managers/);
  });

  it("needs monitoring evidence when an agreed arrangement was being monitored", async () => {
    const deps = testDeps(NOW, [monitored()]);
    const draft = await ready(deps);
    const outcome = await submitReferral(deps, draft, MANAGER_USER, { helpdeskMailbox: HELPDESK });
    expect(outcome).toEqual({
      kind: "refused",
      message:
        "Monitoring evidence needs at least one logged contact; log the customer's contacts first (5.2.1).",
    });
    expect(deps.store.register.get(REF)?.value.stage).toBe("monitoring");
    expect(deps.mailbox.newMessages).toEqual([]);
  });

  it.each([
    [{ behaviour: " " }, "behaviour"],
    [{ workUndertaken: "" }, "workUndertaken"],
    [{ correspondence: "\n \n" }, "correspondence"],
    [{ monitoringEvidence: "x".repeat(4001) }, "monitoringEvidence"],
  ] as const)("refuses %o and changes nothing", async (change, field) => {
    const deps = testDeps(NOW, [confirmed()]);
    const draft = await ready(deps);
    deps.store.calls.length = 0;
    const outcome = await submitReferral(deps, { ...draft, ...change }, MANAGER_USER, {
      helpdeskMailbox: HELPDESK,
    });
    expect(outcome.kind === "invalid" && Object.keys(outcome.fieldErrors)).toEqual([field]);
    expect(deps.store.calls).toEqual([]);
  });

  it("says someone else changed the case, and saves nothing", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    const draft = await ready(deps);
    deps.store.fail("updateCaseFile", "conflict");
    const outcome = await submitReferral(deps, draft, MANAGER_USER, { helpdeskMailbox: HELPDESK });
    expect(outcome.kind === "failed" && outcome.message).toMatch(
      /^The case was not referred\. Someone else changed this case\./,
    );
    expect(deps.store.register.get(REF)?.value.stage).toBe("stepOne");
  });

  it("keeps the referral when Outlook will not open the message, and says what to do", async () => {
    const deps = testDeps(NOW, [confirmed()]);
    deps.mailbox.fail("openNewMessage");
    const outcome = await submitReferral(deps, await ready(deps), MANAGER_USER, {
      helpdeskMailbox: HELPDESK,
    });
    expect(outcome.kind === "done" && outcome.value.messageProblem).toMatch(
      /The referral is saved: tell the city helpdesk manager \(jordan\.lee@council\.example\)/,
    );
    expect(deps.store.register.get(REF)?.value.stage).toBe("referred");
  });
});

describe("the monitoring evidence of an agreed arrangement (5.1, 5.2.1)", () => {
  it("says how many contacts were outside the arrangement, and on which days", async () => {
    const record = monitored();
    const deps = testDeps(NOW, [
      {
        entry: {
          ...record.entry,
          arrangement: {
            terms: { allowedChannels: ["letter"] },
            summary: "Contact by letter only.",
            agreedOn: "2026-10-09" as never,
          },
        },
        file: record.file,
      },
    ]);
    const outside = {
      verdict: "outsideArrangement" as const,
      reasons: ["channelNotAllowed" as const],
    };
    deps.store.contacts.push(
      logged("2026-10-10T10:00:00Z", { ref: REF, ...outside }),
      logged("2026-10-10T15:00:00Z", { ref: REF, ...outside }),
      logged("2026-10-12T10:00:00Z", { ref: REF, verdict: "withinArrangement", channel: "letter" }),
      logged("2026-10-14T10:00:00Z", { ref: REF, ...outside }),
    );
    const draft = await ready(deps);
    expect(draft.monitoringEvidence).toContain(
      "3 contacts were outside the agreed arrangement (of 4 checked against it), on Saturday 10 October 2026 and Wednesday 14 October 2026.",
    );
    expect(draft.monitoringEvidence).toContain(
      "- Wednesday 14 October 2026, email, from the customer: Another message. Outside the agreed arrangement (It came by a channel the terms do not allow).",
    );
    expect(draft.arrangement).toBe(
      "Contact by letter only.\nAgreed on 9 October 2026; contact since has been checked against it.",
    );
  });

  it("says when every contact checked was within the arrangement", async () => {
    const deps = testDeps(NOW, [monitored()]);
    deps.store.contacts.push(
      logged("2026-10-12T10:00:00Z", { ref: REF, verdict: "withinArrangement" }),
    );
    const draft = await ready(deps);
    expect(draft.monitoringEvidence).toContain(
      "The one contact checked against the agreed arrangement was within it.",
    );
  });
});
