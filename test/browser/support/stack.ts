/**
 * What a browser test runs against: the Graph emulator in process (port 0, in memory, lists
 * provisioned by our own code), the harness serving a copy of the built pane against it, and
 * Debian's Chromium through playwright-core. Screenshots go to test-results/browser/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from "playwright-core";
import type { Emulator } from "../../../emulator/server";
import type { CaseStore } from "../../../src/app/ports";
import type { SiteAddress } from "../../../src/graph";
import { launchChromium } from "../../../harness/chromium";
import type { HarnessApi } from "../../../harness/client/page";
import { startHarness, type Harness } from "../../../harness/server";
import { builtPaneCopy, projectRoot } from "../../../harness/pane-build";
import {
  type InProcessEmulator,
  startInProcessEmulator,
} from "../../../scripts/emulator-in-process";

export const ALEX = "alex.morgan@council.example"; // frontline
export const PRIYA = "priya.shah@council.example"; // service manager
export const JORDAN = "jordan.lee@council.example"; // city helpdesk manager
export const MORGAN = "morgan.blake@council.example"; // assistant director
export const CHRIS = "chris.okafor@council.example"; // City Solicitor
export const DANA = "dana.whitfield@council.example"; // director

const SCREENSHOTS = join(projectRoot, "test-results", "browser");

export type Stack = {
  /** The built pane the harness serves (a copy of dist/). */
  readonly paneDir: string;
  readonly emu: Emulator;
  readonly harness: Harness;
  readonly browser: Browser;
  readonly site: SiteAddress;
  /** The case store as a demo user, for seeding and for reading what the pane stored. */
  storeFor(upn: string): CaseStore;
  /** The Graph client as a demo user, for reading the lists as SharePoint holds them. */
  readonly clientFor: InProcessEmulator["clientFor"];
  stop(): Promise<void>;
};

export async function startStack(
  options: { readonly signIn?: "emulator" | "naa" } = {},
): Promise<Stack> {
  const pane = builtPaneCopy();
  const graph = await startInProcessEmulator({ storeRetry: { baseDelayMs: 50 } });
  const { emu, site } = graph;
  const harness = await startHarness({
    emulatorUrl: emu.url,
    port: 0,
    distDir: pane.dir,
    ...(options.signIn ? { signIn: options.signIn } : {}),
  });
  const browser = await launchChromium();
  return {
    paneDir: pane.dir,
    emu,
    harness,
    browser,
    site,
    storeFor: (upn) => graph.storeFor(upn),
    clientFor: (upn) => graph.clientFor(upn),
    stop: async () => {
      await browser.close();
      await harness.stop();
      await graph.stop();
      pane.remove();
    },
  };
}

export type HarnessPage = {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The task pane's frame. */
  readonly pane: FrameLocator;
  /** Calls a method of the harness's scripting API (window.harness) in the page. */
  call<K extends keyof HarnessApi>(
    method: K,
    ...args: Parameters<HarnessApi[K]>
  ): Promise<Awaited<ReturnType<HarnessApi[K]>>>;
  /** The verdict section, once the pane has decided (data-verdict set). */
  verdict(): Locator;
  /**
   * Waits for the verdict of the message selected last (not the one on screen before it), and
   * returns its kind.
   */
  waitForVerdict(kind?: string): Promise<string>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
};

export type OpenOptions = {
  readonly user?: string;
  readonly theme?: "light" | "dark";
  /** A script for every frame, run before the page's own (the bench's verdict probe). */
  readonly initScript?: string;
};

/** A fresh browser context on the harness, the pane started and listening for ItemChanged. */
export async function openHarness(stack: Stack, options: OpenOptions = {}): Promise<HarnessPage> {
  const context = await stack.browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 900 },
    locale: "en-GB",
    timezoneId: "Europe/London",
  });
  if (options.initScript) await context.addInitScript({ content: options.initScript });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const url = new URL(stack.harness.url);
  if (options.user) url.searchParams.set("user", options.user);
  if (options.theme) url.searchParams.set("theme", options.theme);
  await page.goto(url.href);
  await page.waitForFunction(() => window.harness !== undefined);
  const pane = page.frameLocator("#pane");
  const VERDICT = 'section[aria-label="Verdict"]';
  // The pane replaces its verdict section on every ItemChanged (a pending one, then a new one),
  // so tagging the one on screen lets a test wait for the verdict of the message it just opened.
  const markStale = () =>
    pane
      .locator(VERDICT)
      .evaluateAll((nodes) => nodes.forEach((n) => n.setAttribute("data-harness-stale", "")))
      .catch(() => undefined);
  const CHANGES_ITEM = new Set(["openMessage", "selectMessage", "compose"]);
  /** Item reads by the pane before the last selection: after it, the pane reads the new item. */
  let readsBefore = 0;
  const call: HarnessPage["call"] = async (method, ...args) => {
    if (CHANGES_ITEM.has(method)) {
      await markStale();
      readsBefore = await page.evaluate(() => window.harness?.itemReads() ?? 0);
    }
    return page.evaluate(
      ({ name, values }) => {
        const api = window.harness as unknown as Record<string, (...a: unknown[]) => unknown>;
        const fn = api[name];
        if (!fn) throw new Error(`window.harness has no ${name}`);
        return fn(...values);
      },
      { name: method, values: args },
    ) as never;
  };
  await call("whenPaneReady");
  const verdict = () => pane.locator(`${VERDICT}[data-verdict]:not([data-harness-stale])`);
  return {
    context,
    page,
    pane,
    call,
    verdict,
    waitForVerdict: async (kind) => {
      const frame = () => page.frame({ name: "taskpane" });
      const deadline = Date.now() + 20_000;
      for (;;) {
        const fresh = verdict();
        if ((await fresh.count()) > 0) {
          const found = (await fresh.first().getAttribute("data-verdict")) ?? "";
          if (!kind || found === kind) return found;
        }
        // Back to a message the pane checked before, it may answer from its cache before it
        // repaints, and React then updates the verdict in place: once the pane has read the new
        // item and painted twice with nothing pending, the section on screen is the answer.
        const read = await page.evaluate(() => window.harness?.itemReads() ?? 0);
        if (read > readsBefore) {
          await frame()
            ?.evaluate(
              () =>
                new Promise<void>((r) =>
                  requestAnimationFrame(() => requestAnimationFrame(() => r())),
                ),
            )
            .catch(() => undefined);
          const busy = await pane.locator(`${VERDICT}[aria-busy="true"]`).count();
          const settled = pane.locator(`${VERDICT}[data-verdict]`);
          if (busy === 0 && (await settled.count()) > 0) {
            const found = (await settled.first().getAttribute("data-verdict")) ?? "";
            if (!kind || found === kind) return found;
          }
        }
        if (Date.now() > deadline) {
          throw new Error(`No ${kind ?? ""} verdict for the selected message within 20 s`);
        }
        await page.waitForTimeout(25);
      }
    },
    screenshot: async (name) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}
