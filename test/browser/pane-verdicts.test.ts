/**
 * The verdict, in real Chromium against the emulator: restricted senders within and outside
 * their terms (reasons and SPOC), the (n+1)-th email of a period, allowed hours across both
 * daylight-saving changes, a throttled SharePoint ("could not check", then recovery), and
 * customer text rendered as text. Every state is checked with axe in light and dark.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkBothThemes } from "./support/a11y";
import { restrictedCase, seed } from "./support/cases";
import { expectText } from "./support/expect";
import {
  ALEX,
  openHarness,
  PRIYA,
  startStack,
  type HarnessPage,
  type Stack,
} from "./support/stack";

const NOW = new Date();
const MINUTE = 60_000;
const DAY = 86_400_000;

/** The Monday after the last Sunday of `month` (2 March, 9 October) in `year`, as UTC midnight. */
function mondayAfterChange(year: number, month: 2 | 9): Date {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const sunday = new Date(lastDay.getTime() - lastDay.getUTCDay() * DAY);
  return new Date(sunday.getTime() + DAY);
}

/** The latest spring and autumn changes at least a week before now. */
function recentChanges(now: Date) {
  const pick = (month: 2 | 9) => {
    const year = now.getUTCFullYear();
    const thisYear = mondayAfterChange(year, month);
    return thisYear.getTime() < now.getTime() - 7 * DAY
      ? thisYear
      : mondayAfterChange(year - 1, month);
  };
  return { spring: pick(2), autumn: pick(9) };
}

const changes = recentChanges(NOW);
const earliest = Math.min(changes.spring.getTime(), changes.autumn.getTime());
const hoursDaysAgo = Math.ceil((NOW.getTime() - earliest) / DAY) + 14;

const SPOC_ONLY = "lee.spoc-only@example.org";
const VOLUME = "vera.volume@example.org";
const HOURS = "monday.mornings@example.org";
const THROTTLED = "tess.throttle@example.org";
const MARKUP = "eve.markup@example.net";

const CASES = [
  restrictedCase({
    code: "SP0C01",
    name: "Lee Harrington",
    address: SPOC_ONLY,
    terms: { spocOnly: true, volumes: [{ max: 5, per: "week" }] },
    summary: "Contact Priya Shah only (Alex Morgan when Priya is away), at most five a week.",
  }),
  restrictedCase({
    code: "V9Q1ME",
    name: "Vera Volume",
    address: VOLUME,
    terms: { volumes: [{ max: 2, per: "month", channels: ["email"] }] },
    summary: "At most two emails a calendar month.",
    contacts: (ref, from, b) => [
      b.email(ref, from, new Date(NOW.getTime() - 3 * MINUTE), "First this month"),
      b.email(ref, from, new Date(NOW.getTime() - 2 * MINUTE), "Second this month"),
    ],
  }),
  restrictedCase({
    code: "H0VRS1",
    name: "Hal Hours",
    address: HOURS,
    terms: { contactWindows: [{ days: [1], from: "10:00" as never, to: "12:00" as never }] },
    summary: "Contact only on Mondays between 10am and noon.",
    daysAgo: hoursDaysAgo,
    months: Math.ceil(hoursDaysAgo / 28) + 3,
  }),
  restrictedCase({
    code: "THR0T1",
    name: "Tess Throttle",
    address: THROTTLED,
    terms: { volumes: [{ max: 3, per: "week" }] },
    summary: "At most three contacts a week.",
  }),
  restrictedCase({
    code: "MARKP1",
    name: '<img src=x onerror="window.__pwned=1">Eve <b>Markup</b>',
    address: MARKUP,
    terms: { volumes: [{ max: 3, per: "week" }] },
    summary: "<script>window.__pwned=2</script>At most three contacts a week.",
  }),
];

describe("the verdict in the task pane", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    await seed(stack, CASES);
    h = await openHarness(stack, { user: ALEX });
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  it("flags a restricted sender writing to someone other than the SPOC, with the reason and the SPOC", async () => {
    const id = await h.call("openMessage", {
      from: `Lee Harrington <${SPOC_ONLY}>`,
      to: ["benefits@council.example"],
      subject: "Housing benefit backdating",
      body: "Why has nobody answered?",
    });
    expect(await h.waitForVerdict()).toBe("outsideTerms");
    await expectText(h.verdict(), "not to the SPOC, Priya Shah");
    await expectText(h.pane.locator("main"), "Alex Morgan");
    // The message itself carries the flag, within Outlook's 150 characters.
    const bar = await h.call("notificationsOn", id);
    expect(bar).toHaveLength(1);
    expect(bar[0]?.message.length).toBeLessThanOrEqual(150);
    await checkBothThemes(h, "verdict-outside-terms-not-to-spoc");
  });

  it("says a message to the SPOC is within the terms", async () => {
    await h.call("openMessage", {
      from: `Lee Harrington <${SPOC_ONLY}>`,
      to: ["Priya Shah <priya.shah@council.example>"],
      subject: "Housing benefit backdating",
    });
    expect(await h.waitForVerdict()).toBe("withinTerms");
    await expectText(h.pane.locator("main"), "Priya Shah");
    await checkBothThemes(h, "verdict-within-terms");
  });

  it("puts the (n+1)-th email of the period outside the terms", async () => {
    await h.call("openMessage", {
      from: VOLUME,
      to: [PRIYA],
      subject: "Third this month",
    });
    expect(await h.waitForVerdict()).toBe("outsideTerms");
    await expectText(h.verdict(), "this month; the allowance is 2 a calendar month");
    await h.screenshot("verdict-over-volume");
  });

  it("judges allowed hours in London time across both daylight-saving changes", async () => {
    const at = (day: Date, utc: string) => new Date(`${day.toISOString().slice(0, 10)}T${utc}:00Z`);
    const cases = [
      // The Monday after clocks go forward: 09:30 UTC is 10:30 BST (inside), 11:30 UTC is 12:30.
      { received: at(changes.spring, "09:30"), expected: "withinTerms" },
      { received: at(changes.spring, "11:30"), expected: "outsideTerms", reason: "12:30" },
      // The Monday after clocks go back: 09:30 UTC is 09:30 GMT (outside), 11:30 is inside.
      { received: at(changes.autumn, "09:30"), expected: "outsideTerms", reason: "09:30" },
      { received: at(changes.autumn, "11:30"), expected: "withinTerms" },
    ];
    for (const c of cases) {
      await h.call("openMessage", {
        from: HOURS,
        to: [PRIYA],
        subject: `Sent ${c.received.toISOString()}`,
        received: c.received.toISOString(),
      });
      expect({ received: c.received.toISOString(), verdict: await h.waitForVerdict() }).toEqual({
        received: c.received.toISOString(),
        verdict: c.expected,
      });
      if (c.reason) await expectText(h.verdict(), c.reason);
    }
    await h.screenshot("verdict-outside-hours");
  });

  it("says it could not check while SharePoint throttles, never 'not restricted', then recovers", async () => {
    stack.emu.faults.set([
      { match: { pathContains: "/items" }, fault: { status: 429, retryAfter: 0.1 } },
    ]);
    try {
      await h.call("openMessage", { from: THROTTLED, to: [PRIYA], subject: "Throttled" });
      expect(await h.waitForVerdict()).toBe("couldNotCheck");
      await expectText(h.verdict(), "SharePoint is busy; retrying at");
      await checkBothThemes(h, "verdict-could-not-check");
    } finally {
      stack.emu.faults.clear();
    }
    // While SharePoint asks to wait the pane offers no "Try again": it checks again by itself.
    expect(await h.pane.getByRole("button", { name: "Try again" }).count()).toBe(0);
    expect(await h.waitForVerdict("withinTerms")).toBe("withinTerms");
  });

  it("shows HTML and script in a customer's name and terms as text", async () => {
    await h.call("openMessage", { from: MARKUP, to: [PRIYA], subject: "Markup" });
    expect(await h.waitForVerdict()).toBe("withinTerms");
    const main = h.pane.locator("main");
    await expectText(main, '<img src=x onerror="window.__pwned=1">Eve <b>Markup</b>');
    expect(await main.locator('img[src="x"], b, script').count()).toBe(0);
    const frame = h.page.frame({ name: "taskpane" });
    expect(await frame?.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await h.screenshot("verdict-markup-as-text");
  });

  it("says an unknown sender is not restricted", async () => {
    await h.call("openMessage", { from: "someone.new@example.com", to: [ALEX], subject: "Hello" });
    expect(await h.waitForVerdict()).toBe("notRestricted");
    await checkBothThemes(h, "verdict-not-restricted");
  });
});
