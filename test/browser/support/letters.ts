/**
 * Reading the letter the pane produced, whichever way the terms send it: an email opened in
 * Outlook (the harness records the form), or a printable letter (the PDF the pane opens to
 * print, read back with pdf.js).
 */
import { expect } from "vitest";
import { readPdf } from "../../pdf/readPdf";
import { expectVisible } from "./expect";
import type { HarnessPage } from "./stack";

/** The text of the printable letter the pane offers now, as printed. */
export async function printedLetter(h: HarnessPage): Promise<string> {
  const how = h.pane.getByRole("region", { name: "How this letter goes" }).last();
  await expectVisible(how);
  const popup = h.page.context().waitForEvent("page");
  await how.getByRole("button", { name: "Open the letter to print" }).click();
  const pdfPage = await popup;
  const bytes = await pdfPage.evaluate(async () =>
    Array.from(new Uint8Array(await (await fetch(location.href)).arrayBuffer())),
  );
  await pdfPage.close();
  return (await readPdf(new Uint8Array(bytes))).pages.join("\n");
}

/** The text of the last email the pane opened (a reply or a new message). */
export async function lastEmail(h: HarnessPage): Promise<string> {
  await expect
    .poll(async () => (await h.call("recorded")).forms.length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  const { forms } = await h.call("recorded");
  return forms[forms.length - 1]?.text ?? "";
}
