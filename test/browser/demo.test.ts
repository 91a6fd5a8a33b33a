/**
 * The demo as a new user meets it: the demo cases loaded as `npm start` loads them, and every
 * demo message opened as each demo user. Each gets a verdict (never "could not check" on a healthy
 * emulator), and the messages built to show a verdict show it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareEmulatorSite } from "../../scripts/demo/seed";
import type { MessageData } from "../../harness/client/protocol";
import { DEMO_USERS } from "../../harness/demo-messages";
import { openHarness, startStack, type HarnessPage, type Stack } from "./support/stack";

describe("every demo message, as each demo user", () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    stack.emu.reset({ dropLists: true });
    await prepareEmulatorSite({
      emulatorUrl: stack.emu.url,
      tokensFor: (upn) => ({ getAccessToken: () => Promise.resolve(stack.emu.tokenFor(upn)) }),
    });
  }, 180_000);
  afterAll(async () => stack?.stop());

  for (const user of DEMO_USERS) {
    it(`gives ${user.displayName} (${user.role}) a verdict on every message`, async () => {
      const h: HarnessPage = await openHarness(stack, { user: user.upn });
      try {
        const messages: MessageData[] = await h.call("messages");
        const seen: Record<string, string> = {};
        for (const m of messages) {
          await h.call("selectMessage", m.id);
          seen[`${m.subject} | ${m.note ?? ""}`] = await h.waitForVerdict().catch(async () => {
            await h.screenshot(`demo-no-verdict-${user.upn.split("@")[0] ?? "user"}`);
            return "no verdict";
          });
        }
        const unanswered = Object.entries(seen).filter(
          ([, kind]) => kind === "couldNotCheck" || kind === "no verdict",
        );
        expect(unanswered).toEqual([]);
        const kindOf = (part: string) =>
          Object.entries(seen).find(([key]) => key.includes(part))?.[1];
        expect(kindOf("outside the allowed hours")).toBe("outsideTerms");
        expect(kindOf("not the SPOC or deputy: outside the terms")).toBe("outsideTerms");
        // Need to know (issue 19): a step-one arrangement is the service manager's, so frontline
        // staff are not told of it; everyone who decides sees it.
        expect(kindOf("not the SPOC or deputy: outside the agreed arrangement")).toBe(
          user.role === "Frontline staff" ? "notRestricted" : "outsideArrangement",
        );
        expect(kindOf("Not in the register")).toBe("notRestricted");
        expect(kindOf("Extreme")).toBe("blocked");
        await h.screenshot(`demo-${user.upn.split("@")[0] ?? "user"}`);
      } finally {
        await h.close();
      }
    });
  }
});
