/**
 * A contact that did not come by email (5.2.3 restricts every channel, not only email): which
 * channels the form offers, and what makes its input unusable. Checked before anything is read
 * or kept, so bad input changes nothing.
 */
import type { Channel } from "../../domain/types";
import type { LogOtherInput, LogOtherOutcome } from "./types";

/** The Subject column is a single line of text (src/graph TEXT_MAX). */
export const SUMMARY_LIMIT = 255;

/** Every channel the domain knows except email, which is logged from the message itself. */
export const OTHER_CHANNELS: readonly Exclude<Channel, "email">[] = [
  "phone",
  "letter",
  "inPerson",
  "webForm",
  "socialMedia",
];

/** A call logged a few minutes "in the future" is a clock difference, not a mistake. */
const CLOCK_SLACK_MS = 5 * 60_000;

export type InvalidOther = Extract<LogOtherOutcome, { kind: "invalid" }>;

/** The input's problems by field, or undefined when it may be logged. */
export function otherContactErrors(input: LogOtherInput, now: Date): InvalidOther | undefined {
  const fieldErrors: Record<string, string> = {};
  const summary = input.summary.trim();
  if (!OTHER_CHANNELS.includes(input.channel)) {
    fieldErrors["channel"] =
      "Choose how the contact was made: telephone call, letter, visit in person, website form or social media.";
  }
  if (input.direction !== "inbound" && input.direction !== "outbound") {
    fieldErrors["direction"] =
      "Choose whether the customer contacted the council or the council contacted them.";
  }
  if (summary === "") fieldErrors["summary"] = "Say in a few words what the contact was about.";
  else if (summary.length > SUMMARY_LIMIT) {
    fieldErrors["summary"] =
      `Keep the summary to ${SUMMARY_LIMIT} characters (this is ${summary.length}).`;
  }
  const at = input.at.getTime();
  if (Number.isNaN(at)) fieldErrors["at"] = "Give the date and time of the contact.";
  else if (at > now.getTime() + CLOCK_SLACK_MS) {
    fieldErrors["at"] = "The date and time of the contact cannot be in the future.";
  }
  if (Object.keys(fieldErrors).length === 0) return undefined;
  return { kind: "invalid", fieldErrors, message: "Nothing was logged: correct the fields shown." };
}
