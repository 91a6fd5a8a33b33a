/** Waiting assertions on playwright locators with vitest's expect (no @playwright/test here). */
import type { Locator } from "playwright-core";
import { expect } from "vitest";

const TIMEOUT = 20_000;

/** The locator's text, once it contains `text` (fails with the last text seen). */
export async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  const read = async () =>
    (await locator.count()) > 0 ? (await locator.allInnerTexts()).join("\n") : "";
  if (typeof text === "string") {
    await expect.poll(read, { timeout: TIMEOUT }).toContain(text);
  } else {
    await expect.poll(read, { timeout: TIMEOUT }).toMatch(text);
  }
}

export async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: "visible", timeout: TIMEOUT });
}
