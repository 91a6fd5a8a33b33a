/**
 * What Outlook's Smart Alerts dialog says when the send check stops an email: who is restricted,
 * why this email does not keep their terms, their SPOC and the terms, and how to go back; or that
 * the recipients could not be checked. Outlook limits the message to 500 characters (plain, and
 * Markdown from Mailbox 1.15) and the button to 20, so the text is built from parts in order of
 * importance and the least important are left out until it fits; the pane has the rest.
 */
import type { PolicyConfig } from "../../domain/config";
import { listWithAnd } from "../../domain/wording";
import type { CaseConcerns, SendDecision } from "./sendCheck";

export type SendPrompt = {
  /** Plain text: every Outlook that runs the check shows it. */
  readonly errorMessage: string;
  /** The same in the Markdown Outlook accepts (Mailbox 1.15). */
  readonly errorMessageMarkdown: string;
  /** The dialog button that opens the pane (Mailbox 1.14). */
  readonly cancelLabel: string;
};

/** Outlook's limits (SmartAlertsEventCompletedOptions). */
export const SMART_ALERT_LIMITS = { message: 500, markdown: 500, cancelLabel: 20 } as const;

/** One part of the message, in plain words and in Markdown. */
type Part = { readonly plain: string; readonly markdown: string };

/**
 * Outlook's Markdown knows emphasis (* and _), links ([text](url)) and lists (a line starting
 * with - or *; ours never start with a name or a term); a backslash escapes those characters.
 */
function escape(text: string): string {
  return text.replace(/[\\*_[\]]/g, (c) => `\\${c}`);
}

const both = (plain: string, markdown = escape(plain)): Part => ({ plain, markdown });

function who(c: CaseConcerns): Part {
  const customers = c.addresses.filter((a) => a.kind === "customer").map((a) => a.address);
  const representatives = c.addresses.filter((a) => a.kind !== "customer").map((a) => a.address);
  const name = c.customerName;
  if (customers.length > 0) {
    const at = listWithAnd(customers);
    const plus =
      representatives.length > 0
        ? ` (their representative, ${listWithAnd(representatives)}, too)`
        : "";
    return {
      plain: `${name} (${at}) is a restricted customer${plus}.`,
      markdown: `**${escape(name)}** (${escape(at)}) is a restricted customer${escape(plus)}.`,
    };
  }
  const at = listWithAnd(representatives);
  return {
    plain: `${at} represents ${name}, a restricted customer.`,
    markdown: `${escape(at)} represents **${escape(name)}**, a restricted customer.`,
  };
}

function reasons(c: CaseConcerns): Part {
  return {
    plain: c.reasons.join(" "),
    markdown: c.reasons.map((r) => `- ${escape(r)}\r`).join(""),
  };
}

function advice(c: CaseConcerns): Part | undefined {
  return c.advice.length > 0 ? both(c.advice.join(" ")) : undefined;
}

/** The SPOC by name, unless the reasons already name them. */
function spocLine(c: CaseConcerns, config: PolicyConfig): Part | undefined {
  const named = c.reasons.join(" ");
  if (c.spoc && !named.includes(c.spoc.name)) {
    const deputy = c.deputy ? ` (deputy: ${c.deputy.name})` : "";
    return {
      plain: `Their SPOC is ${c.spoc.name}${deputy}.`,
      markdown: `**SPOC:** ${escape(c.spoc.name)}${escape(deputy)}`,
    };
  }
  if (!c.spoc) {
    const helpdesk = config.roleTitles.cityHelpdeskManager;
    return both(`No SPOC is recorded: ask the ${helpdesk}.`);
  }
  return undefined;
}

function termsLine(terms: readonly string[]): Part | undefined {
  if (terms.length === 0) return undefined;
  return {
    plain: `Terms: ${terms.join(" ")}`,
    markdown: `**Terms:** ${escape(terms.join(" "))}`,
  };
}

const GO_BACK = both(
  "Choose Don't Send to go back and change or stop this email.",
  "Choose **Don't Send** to go back and change or stop this email.",
);

function othersLine(others: readonly CaseConcerns[]): Part | undefined {
  if (others.length === 0) return undefined;
  const names = listWithAnd(others.map((c) => c.customerName));
  const many =
    others.length === 1 ? "is also a restricted customer" : "are also restricted customers";
  return both(`${names} ${many}: see the add-in.`);
}

function join(parts: readonly (Part | undefined)[], which: keyof Part): string {
  return parts
    .filter((p): p is Part => p !== undefined && p[which] !== "")
    .map((p) => p[which])
    .join(which === "markdown" ? "\n\n" : " ");
}

/** Cuts at a word and ends with an ellipsis; only reached when even the shortest form is long. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * The longest message that fits: every part, then with fewer terms, then without the terms, the
 * other cases' names and the advice, then clipped. `markdown` and `plain` fit on their own.
 */
function fitted(candidates: readonly (readonly (Part | undefined)[])[], which: keyof Part): string {
  const max = which === "plain" ? SMART_ALERT_LIMITS.message : SMART_ALERT_LIMITS.markdown;
  for (const parts of candidates) {
    const text = join(parts, which);
    if (text.length <= max) return text;
  }
  return clip(join(candidates[candidates.length - 1] ?? [], which), max);
}

function warnPrompt(cases: readonly CaseConcerns[], config: PolicyConfig): SendPrompt {
  const [lead, ...others] = cases as [CaseConcerns, ...CaseConcerns[]];
  const head = [who(lead), reasons(lead)];
  const todo = advice(lead);
  const spoc = spocLine(lead, config);
  const rest = othersLine(others);
  const candidates: (Part | undefined)[][] = [];
  for (let n = lead.terms.length; n >= 1; n--) {
    candidates.push([...head, todo, spoc, termsLine(lead.terms.slice(0, n)), rest, GO_BACK]);
  }
  candidates.push(
    [...head, todo, spoc, rest, GO_BACK],
    [...head, todo, spoc, GO_BACK],
    [...head, spoc, GO_BACK],
    [...head, GO_BACK],
  );
  return {
    errorMessage: fitted(candidates, "plain"),
    errorMessageMarkdown: fitted(candidates, "markdown"),
    cancelLabel: "See the terms",
  };
}

function couldNotCheckPrompt(
  decision: Extract<SendDecision, { kind: "couldNotCheck" }>,
  config: PolicyConfig,
): SendPrompt {
  const { failure } = decision;
  const signIn = failure.code.startsWith("auth:") || failure.code === "unauthorised";
  const why = both(
    `The recipients could not be checked against the restriction register: ${failure.title}.`,
    `**The recipients could not be checked** against the restriction register: ${escape(failure.title)}.`,
  );
  const risk = both(
    "If one of them is a restricted customer, their terms may not allow this email.",
  );
  const next = signIn
    ? both("Open Check recipients to sign in, then send again, or send it now.")
    : both(
        `You can send it now, or choose Don't Send and try again from Check recipients. If unsure, ask the ${config.roleTitles.cityHelpdeskManager}.`,
        `You can send it now, or choose **Don't Send** and try again from Check recipients. If unsure, ask the ${escape(config.roleTitles.cityHelpdeskManager)}.`,
      );
  const candidates = [
    [why, risk, next],
    [why, next],
  ];
  return {
    errorMessage: fitted(candidates, "plain"),
    errorMessageMarkdown: fitted(candidates, "markdown"),
    cancelLabel: "Check recipients",
  };
}

/** The dialog's content, or undefined when the email should simply go. */
export function sendPrompt(decision: SendDecision, config: PolicyConfig): SendPrompt | undefined {
  switch (decision.kind) {
    case "send":
      return undefined;
    case "warn":
      return decision.cases.length > 0 ? warnPrompt(decision.cases, config) : undefined;
    case "couldNotCheck":
      return couldNotCheckPrompt(decision, config);
  }
}
