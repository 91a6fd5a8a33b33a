/**
 * A script for every frame of the bench's browser, run before the page's own (addInitScript).
 * In the task pane it notes, on the shared clock (timeOrigin + now), each moment a new verdict
 * (section[aria-label="Verdict"][data-verdict]) appears, with its kind, in window.__verdicts.
 * Plain JavaScript text: a function from this file would reach the browser as tsx compiled it,
 * with helpers the page does not have.
 */
export type VerdictSeen = { readonly kind: string; readonly at: number };

export const VERDICT_PROBE = `(() => {
  if (location.pathname !== "/taskpane.html") return;
  const seen = [];
  window.__verdicts = seen;
  const selector = 'section[aria-label="Verdict"][data-verdict]';
  const note = (node) =>
    seen.push({ kind: node.getAttribute("data-verdict") || "", at: performance.timeOrigin + performance.now() });
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") {
        if (record.target.matches && record.target.matches(selector)) note(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(selector)) note(node);
        node.querySelectorAll(selector).forEach(note);
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-verdict"] });
})();`;
