import { describe, expect, it } from "vitest";
import { adjustmentConflicts } from "./adjustments";
import type { ReasonableAdjustment, RestrictionTerms } from "./types";

const NEEDS_PHONE: ReasonableAdjustment = {
  description: "Cannot read letters",
  requiresChannels: ["phone"],
};
const NEEDS_EMAIL: ReasonableAdjustment = {
  description: "Uses a screen reader",
  requiresChannels: ["email", "phone"],
};
const NO_CHANNEL: ReasonableAdjustment = { description: "Needs extra time to reply" };

describe("adjustmentConflicts", () => {
  it.each<[string, RestrictionTerms, ReasonableAdjustment[], string[]]>([
    [
      "letter only vs a need for telephone contact",
      { allowedChannels: ["letter"] },
      [NEEDS_PHONE],
      [
        'The terms allow contact by letter only, but a recorded reasonable adjustment needs contact by telephone ("Cannot read letters").',
      ],
    ],
    [
      "a blocked channel the customer needs",
      { extreme: { blockedChannels: ["phone"] } },
      [NEEDS_PHONE],
      [
        'The terms block telephone, but a recorded reasonable adjustment needs contact by telephone ("Cannot read letters").',
      ],
    ],
    [
      "each needed channel on its own",
      { allowedChannels: ["email"], extreme: { blockedChannels: ["phone"] } },
      [NEEDS_EMAIL],
      [
        'The terms block telephone, but a recorded reasonable adjustment needs contact by telephone ("Uses a screen reader").',
      ],
    ],
    ["an allowed channel", { allowedChannels: ["phone", "letter"] }, [NEEDS_PHONE], []],
    ["terms that limit no channel", { spocOnly: true }, [NEEDS_PHONE], []],
    ["an adjustment that needs no channel", { allowedChannels: ["letter"] }, [NO_CHANNEL], []],
  ])("%s", (_label, terms, adjustments, messages) => {
    const conflicts = adjustmentConflicts(terms, adjustments);
    expect(conflicts.map((c) => c.message)).toEqual(messages);
    expect(conflicts.every((c) => c.channel === "phone")).toBe(true);
  });
});
