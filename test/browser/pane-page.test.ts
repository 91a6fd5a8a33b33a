/**
 * The pane's page in Outlook's dark theme: the theme reaches every edge of the pane, with no
 * light browser margin framing it, and follows the theme back to light.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ALEX, openHarness, startStack, type HarnessPage, type Stack } from "./support/stack";

/** The page behind the pane and what is painted at its corners, read inside the frame. */
async function edges(h: HarnessPage) {
  const frame = h.page.frame({ name: "taskpane" });
  if (!frame) throw new Error("No task pane frame");
  return frame.evaluate(() => {
    const body = getComputedStyle(document.body);
    const provider = document.querySelector(".fui-FluentProvider");
    const w = document.documentElement.clientWidth;
    const hgt = document.documentElement.clientHeight;
    const corners = [
      [0, 0],
      [w - 1, 0],
      [0, hgt - 1],
      [w - 1, hgt - 1],
    ].map(([x, y]) => {
      const hit = document.elementFromPoint(x ?? 0, y ?? 0);
      return provider !== null && hit !== null && provider.contains(hit);
    });
    return {
      bodyMargin: body.margin,
      pageBackground: getComputedStyle(document.documentElement).backgroundColor,
      providerBackground: provider ? getComputedStyle(provider).backgroundColor : "",
      corners,
    };
  });
}

/** "#292929" → "rgb(41, 41, 41)", as computed styles give colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe("the pane's page", () => {
  let stack: Stack;
  let h: HarnessPage;

  beforeAll(async () => {
    stack = await startStack();
    h = await openHarness(stack, { user: ALEX, theme: "dark" });
  });
  afterAll(async () => {
    await h?.close();
    await stack?.stop();
  });

  it("is dark to every edge in the dark theme, and light again in the light theme", async () => {
    await h.call("openMessage", { from: "Someone <someone@example.org>", subject: "Hello" });
    await h.waitForVerdict();
    const dark = rgb(webDarkTheme.colorNeutralBackground1);
    await expect.poll(async () => (await edges(h)).providerBackground).toBe(dark);
    await h.screenshot("pane-page-dark");
    expect(await edges(h)).toEqual({
      bodyMargin: "0px",
      pageBackground: dark,
      providerBackground: dark,
      corners: [true, true, true, true],
    });

    await h.call("setTheme", "light");
    const light = rgb(webLightTheme.colorNeutralBackground1);
    await expect.poll(async () => (await edges(h)).pageBackground).toBe(light);
    expect((await edges(h)).providerBackground).toBe(light);
  });
});
