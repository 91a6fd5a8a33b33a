import { describe, expect, it } from "vitest";
import { rewritePaneHtml } from "./pane-html";

const BUILT =
  '<!doctype html><html lang="en-GB"><head><title>Pane</title>' +
  '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>' +
  '<script src="config.js"></script><script defer="defer" src="vendor.c24e0f31.js"></script>' +
  '<script defer="defer" src="taskpane.55945444.js"></script></head><body><div id="root"></div></body></html>';

describe("the pane page as the harness serves it", () => {
  it("loads the local office.js and the stand-in instead of Microsoft's CDN, before the bundle", () => {
    const html = rewritePaneHtml(BUILT);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    const order = [
      "window.OsfOptOut = true",
      '<script src="/office-js/office.js">',
      '<script type="module" src="/harness/client/standin.ts">',
      '<script src="config.js">',
      'src="taskpane.55945444.js"',
    ].map((part) => html.indexOf(part));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("refuses a page that no longer loads office.js from the CDN, rather than serve it broken", () => {
    expect(() => rewritePaneHtml(BUILT.replace(/<script src="https[^>]*><\/script>/, ""))).toThrow(
      /office\.js/,
    );
  });
});
