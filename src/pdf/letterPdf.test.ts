/**
 * The printed letter, read back as a reader would: its text extracted with pdf.js (pdfjs-dist,
 * the library Firefox uses), its page size and its font size checked.
 */
import { describe, expect, it } from "vitest";
import { readPdf } from "../../test/pdf/readPdf";
import { printableLetter } from "../app/letters/printable";
import { sampleNotice } from "../app/letters/testSupport";
import { PORTSMOUTH_POLICY } from "../domain/config";
import { printLetterPdf } from "./letterPdf";

const LETTERS_ONLY = { allowedChannels: ["letter" as const] };
const MR_RIVERS = {
  letterDetails: {
    customer: {
      title: "Mr",
      surname: "Rivers",
      postalAddress: ["12 Hill Road", "Southsea", "Portsmouth", "PO4 0AA"],
    },
  },
};

describe("the printed letter", () => {
  it("has the council's head, the addressee, the reference and date, and the whole notice", async () => {
    const letter = sampleNotice(LETTERS_ONLY, MR_RIVERS, { customerName: "Rhys Rivers" });
    const printed = await printLetterPdf(printableLetter(letter, PORTSMOUTH_POLICY));
    const { pages, width } = await readPdf(printed.pdf);
    const text = pages.join("\n");
    expect(Math.round(width)).toBe(595); // A4
    expect(printed.pages).toBe(pages.length);
    for (const line of [
      "Portsmouth City Council",
      "City Helpdesk",
      "Civic Offices",
      "PO1 2AL",
      "Mr Rhys Rivers",
      "12 Hill Road",
      "PO4 0AA",
      `Our reference: ${letter.ref}`,
      "Date: 2 November 2026",
      "Restrictions on your contact with the council",
      "Dear Mr Rivers,",
      "What this means for you",
      "How to appeal",
      "Local Government and Social Care Ombudsman",
      "Yours sincerely,",
      "Morgan Blake",
      "Assistant Director of Corporate Services",
    ]) {
      expect(text).toContain(line);
    }
    // Letters only: the customer is not told to email, nor given the helpdesk's email address.
    expect(text).not.toContain("Email:");
    expect(text).toContain(`page 1 of ${pages.length}`);
    expect(printed.substitutions).toEqual([]);
  });

  it("prints at 16 point in large print, and 11 point otherwise", async () => {
    const large = sampleNotice(LETTERS_ONLY, {
      reasonableAdjustments: [{ description: "Large print", largePrint: true }],
    });
    const normal = sampleNotice(LETTERS_ONLY);
    const big = await readPdf(
      (await printLetterPdf(printableLetter(large, PORTSMOUTH_POLICY))).pdf,
    );
    const small = await readPdf(
      (await printLetterPdf(printableLetter(normal, PORTSMOUTH_POLICY))).pdf,
    );
    expect(Math.min(...big.sizes)).toBeGreaterThanOrEqual(16);
    expect(Math.max(...small.sizes)).toBe(11);
    expect(big.pages.length).toBeGreaterThan(small.pages.length);
  });

  it("keeps £ – é ë “ ” € and says what it printed instead of Ł, ř and Ş", async () => {
    const letter = sampleNotice(LETTERS_ONLY, {}, { customerName: "Łukasz Dvořák-Şule Zoë" });
    const reasons = {
      ...letter,
      content: {
        ...letter.content,
        paragraphs: ["A fee of £20 – café “naïve” €5.", ...letter.content.paragraphs],
      },
    };
    const printed = await printLetterPdf(printableLetter(reasons, PORTSMOUTH_POLICY));
    const text = (await readPdf(printed.pdf)).pages.join("\n");
    expect(text).toContain("A fee of £20 – café “naïve” €5.");
    expect(text).toContain("Dear Lukasz Dvorák-Sule Zoë,");
    expect(printed.substitutions).toEqual([
      { from: "Ł", to: "L" },
      { from: "ř", to: "r" },
      { from: "Ş", to: "S" },
    ]);
  });

  it("gives the same bytes for the same letter, so a retried keep finds its own file", async () => {
    const letter = printableLetter(sampleNotice(LETTERS_ONLY), PORTSMOUTH_POLICY);
    const [a, b] = await Promise.all([printLetterPdf(letter), printLetterPdf(letter)]);
    expect(Buffer.compare(Buffer.from(a.pdf), Buffer.from(b.pdf))).toBe(0);
  });
});
