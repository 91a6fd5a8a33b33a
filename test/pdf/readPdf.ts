/**
 * A PDF read back as a reader would: its text extracted with pdf.js (pdfjs-dist, the library
 * Firefox uses), page by page, with the font size of each piece of text and the page width.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const fonts = `${join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

export type PdfRead = {
  readonly pages: string[];
  readonly sizes: number[];
  readonly width: number;
};

export async function readPdf(pdf: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: pdf.slice(), standardFontDataUrl: fonts }).promise;
  const pages: string[] = [];
  const sizes: number[] = [];
  let width = 0;
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    width = page.getViewport({ scale: 1 }).width;
    const content = await page.getTextContent();
    const lines: string[] = [];
    for (const item of content.items) {
      if (!("str" in item)) continue;
      lines.push(item.str);
      const [a, b] = item.transform as number[];
      sizes.push(Math.round(Math.hypot(a ?? 0, b ?? 0)));
    }
    // Lines joined with spaces: a phrase wrapped over two lines still reads as one.
    pages.push(lines.join(" ").replace(/\s+/g, " "));
  }
  return { pages, sizes, width };
}
