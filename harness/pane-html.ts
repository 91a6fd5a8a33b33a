/**
 * taskpane.html as the harness serves it. In Outlook the pane loads Microsoft's hosted office.js
 * from the CDN; here no CDN is reachable, so that one <script> becomes:
 * 1. `OsfOptOut`, office.js's own switch that stops it from sending a framed page it does not
 *    recognise as hosted to about:blank (it does that in an iframe outside Office);
 * 2. the @microsoft/office-js package's copy of office.js (served under /office-js/);
 * 3. the harness's Office.js stand-in (a module, so it runs before the deferred pane bundle).
 * Nothing else in the page changes.
 */
const CDN_OFFICE_JS =
  /<script\b[^>]*\bsrc=["']?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js["']?[^>]*>\s*<\/script>/i;

export const HARNESS_OFFICE_SCRIPTS = [
  "<script>window.OsfOptOut = true;</script>",
  '<script src="/office-js/office.js"></script>',
  '<script type="module" src="/harness/client/standin.ts"></script>',
].join("");

export function rewritePaneHtml(html: string): string {
  if (!CDN_OFFICE_JS.test(html)) {
    throw new Error(
      "taskpane.html no longer loads office.js from appsforoffice.microsoft.com; the harness cannot put its stand-in in place.",
    );
  }
  return html.replace(CDN_OFFICE_JS, HARNESS_OFFICE_SCRIPTS);
}
