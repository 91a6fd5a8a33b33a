import { describe, expect, it } from "vitest";
import { letterChannel, needsLargePrint, termsAllowEmail } from "./letterChannel";
import type { ReasonableAdjustment, RestrictionTerms } from "./types";

// Every combination of the terms that matter to a letter and the adjustments that matter to it.
const TERMS: readonly (readonly [string, RestrictionTerms | undefined, boolean])[] = [
  ["no restrictions", undefined, true],
  ["terms without a channel rule", { spocOnly: true }, true],
  ["email and letters allowed", { allowedChannels: ["email", "letter"] }, true],
  ["letters only", { allowedChannels: ["letter"] }, false],
  ["telephone only", { allowedChannels: ["phone"] }, false],
  ["email blocked", { extreme: { blockedChannels: ["email"] } }, false],
  ["telephone blocked", { extreme: { blockedChannels: ["phone"] } }, true],
  [
    "email allowed but blocked",
    { allowedChannels: ["email"], extreme: { blockedChannels: ["email"] } },
    false,
  ],
];

const ADJUSTMENTS: readonly (readonly [string, readonly ReasonableAdjustment[], Expect])[] = [
  ["none", [], { post: false, largePrint: false }],
  ["unrelated", [{ description: "Easy-read summaries" }], { post: false, largePrint: false }],
  [
    "large print (flag)",
    [{ description: "Bigger letters", largePrint: true }],
    { post: true, largePrint: true },
  ],
  [
    "large print (words)",
    [{ description: "Large print letters please" }],
    { post: true, largePrint: true },
  ],
  ["18pt (words)", [{ description: "Letters in 18pt" }], { post: true, largePrint: true }],
  [
    "large print by email",
    [{ description: "Large print", largePrint: true, requiresChannels: ["email"] }],
    { post: false, largePrint: false },
  ],
  [
    "letters by post",
    [{ description: "No email: letters", requiresChannels: ["letter"] }],
    { post: true, largePrint: false },
  ],
  [
    "telephone",
    [{ description: "Cannot read", requiresChannels: ["phone"] }],
    { post: false, largePrint: false, also: true },
  ],
  [
    "email",
    [{ description: "Screen reader", requiresChannels: ["email"] }],
    { post: false, largePrint: false },
  ],
];

type Expect = { post: boolean; largePrint: boolean; also?: boolean };

const cases = TERMS.flatMap(([t, terms, emailByTerms]) =>
  ADJUSTMENTS.flatMap(([a, adjustments, expected]) =>
    [true, false].map((emailHeld) => ({
      t,
      terms,
      emailByTerms,
      a,
      adjustments,
      expected,
      emailHeld,
    })),
  ),
);

describe("letterChannel: every combination of terms, adjustments and an email address held", () => {
  it.each(cases)(
    "$t, adjustment: $a, email held: $emailHeld",
    ({ terms, emailByTerms, adjustments, expected, emailHeld }) => {
      const channel = letterChannel({ ...(terms ? { terms } : {}), adjustments, emailHeld });
      const email = emailByTerms && !expected.post && emailHeld;
      expect(channel.kind).toBe(email ? "email" : "post");
      // Large print follows the adjustment whenever the letter is printed.
      const printsLarge = adjustments.some(needsLargePrint);
      expect(channel.largePrint).toBe(channel.kind === "post" && printsLarge);
      if (channel.kind === "post") expect(channel.explanation).toMatch(/print it and post it\.$/);
      else expect(channel.explanation).toMatch(/^Email is allowed/);
      const needsPhone = expected.also === true;
      expect(channel.alsoNeeded.some((n) => n.includes("by telephone"))).toBe(needsPhone);
      // An adjustment that needs email, under terms that exclude it, is flagged, not ignored.
      const emailNeedUnmet =
        !emailByTerms && adjustments.some((x) => x.requiresChannels?.includes("email"));
      expect(channel.alsoNeeded.some((n) => n.includes("ask the decider"))).toBe(emailNeedUnmet);
    },
  );

  it.each<readonly [RestrictionTerms, string, string]>([
    [
      { allowedChannels: ["letter"] },
      "channelsExcludeEmail",
      "Letters only: this notice is a printable letter: print it and post it.",
    ],
    [
      { extreme: { blockedChannels: ["email"] } },
      "emailBlocked",
      "Email is blocked (extreme measures, 5.2.5). This notice is a printable letter: print it and post it.",
    ],
    [
      { allowedChannels: ["phone", "letter"] },
      "channelsExcludeEmail",
      "The terms allow contact by telephone or by letter only: this notice is a printable letter: print it and post it.",
    ],
  ])("says why in words: %o", (terms, reason, words) => {
    const channel = letterChannel({ terms, adjustments: [], emailHeld: true }, "notice");
    expect(channel.reason).toBe(reason);
    expect(channel.explanation).toBe(words);
  });

  it("names large print and the adjustment in its explanation", () => {
    const channel = letterChannel(
      { adjustments: [{ description: "Large print letters" }], emailHeld: true },
      "letter",
    );
    expect(channel.explanation).toBe(
      'Large print is a recorded reasonable adjustment ("Large print letters"). This letter is a printable letter in large print: print it and post it.',
    );
  });

  it("posts when no email address is held, whatever the terms", () => {
    expect(letterChannel({ adjustments: [], emailHeld: false })).toMatchObject({
      kind: "post",
      reason: "noEmailAddress",
    });
  });
});

describe("termsAllowEmail and needsLargePrint", () => {
  it.each([
    [undefined, true],
    [{ allowedChannels: [] }, true],
    [{ allowedChannels: ["letter"] }, false],
    [{ extreme: { blockedChannels: ["email"] } }, false],
  ] as const)("terms %o allow email: %s", (terms, allowed) => {
    expect(termsAllowEmail(terms as RestrictionTerms | undefined)).toBe(allowed);
  });

  it.each([
    ["Large print", true],
    ["larger font please", true],
    ["Big print", true],
    ["16pt letters", true],
    ["letters in 18 point", true],
    ["Print this out", false],
    ["Large envelopes", false],
    ["12pt", false],
  ])("reads %o as large print: %s", (description, large) => {
    expect(needsLargePrint({ description })).toBe(large);
  });
});
