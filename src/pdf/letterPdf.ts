/**
 * The printed letter as a PDF, with pdf-lib and the standard Helvetica fonts: A4, the council's
 * head top right, the addressee where a window envelope shows it, the reference and date, the
 * subject in bold, then the letter, paginated, with "Page 1 of 2" at the foot of every page.
 * Large print sets everything at 16 point (RNIB's minimum for large print) instead of 11.
 *
 * The standard fonts cover Windows-1252 only. Anything else ("Ł", "ř") is printed as its nearest
 * letter ("L", "r") and reported, so the pane can ask the officer to check the printed letter.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from "pdf-lib";
import type { LetterPrinter, PrintableLetter, PrintedLetter } from "../app/ports";

const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];
const MARGIN = { left: 25 * MM, right: 20 * MM, top: 18 * MM, bottom: 20 * MM };
/** Where a DL window envelope shows the address: 45 mm down from the top edge. */
const ADDRESS_TOP = 45 * MM;
const NORMAL_SIZE = 11;
const LARGE_SIZE = 16;
const INK = rgb(0, 0, 0);

/** Letters with no Windows-1252 form and no accent to strip: printed as the nearest letter. */
const NEAREST: Readonly<Record<string, string>> = {
  Ł: "L",
  ł: "l",
  Đ: "D",
  đ: "d",
  Ħ: "H",
  ħ: "h",
  ı: "i",
  Ŀ: "L",
  ŀ: "l",
  Ŋ: "N",
  ŋ: "n",
  Ŧ: "T",
  ŧ: "t",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
};

type Substitution = { readonly from: string; readonly to: string };

/** Replaces what the font cannot encode, remembering each replacement once. */
class Encoder {
  private readonly supported: ReadonlySet<number>;
  readonly substitutions = new Map<string, string>();

  constructor(font: PDFFont) {
    this.supported = new Set(font.getCharacterSet());
  }

  private fits(text: string): boolean {
    return [...text].every((c) => this.supported.has(c.codePointAt(0) ?? 0));
  }

  text(raw: string): string {
    let out = "";
    for (const char of raw) {
      if (char === "\t") out += " ";
      else if (/[\u200b-\u200d\ufeff]/.test(char)) continue;
      else if (this.fits(char)) out += char;
      else {
        const stripped = char.normalize("NFD").replace(/\p{M}/gu, "");
        const nearest =
          stripped !== char && stripped !== "" && this.fits(stripped)
            ? stripped
            : (NEAREST[char] ?? "?");
        this.substitutions.set(char, nearest);
        out += nearest;
      }
    }
    return out;
  }
}

/** Splits text into lines no wider than `width`; a word longer than a line is broken. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (t: string) => font.widthOfTextAtSize(t, size) <= width;
  for (const word of text.split(/ +/)) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== "") lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  lines.push(line);
  return lines;
}

/** A paragraph whose first line is a short title, then a blank line: "How to appeal\n\n…". */
function splitHeading(paragraph: string): { heading?: string; body: string } {
  const m = /^([^\n]{1,70})\n\n([\s\S]+)$/.exec(paragraph);
  const first = m?.[1]?.trim();
  if (!m?.[2] || !first || /[.:;,!?]$/.test(first)) return { body: paragraph };
  return { heading: first, body: m[2] };
}

class Layout {
  private readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  readonly lineHeight: number;
  private readonly width = A4[0] - MARGIN.left - MARGIN.right;

  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    readonly size: number,
    private readonly encoder: Encoder,
  ) {
    this.lineHeight = size * 1.4;
    this.newPage();
  }

  get pageCount(): number {
    return this.pages.length;
  }

  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGIN.top;
  }

  /** Moves down to `fromTop` (points from the page's top edge), if not already past it. */
  moveTo(fromTop: number): void {
    this.y = Math.min(this.y, A4[1] - fromTop);
  }

  space(lines = 1): void {
    this.y -= this.lineHeight * lines;
  }

  private room(lines: number): void {
    if (this.y - this.lineHeight * lines < MARGIN.bottom + this.lineHeight * 2) this.newPage();
  }

  line(text: string, options: { bold?: boolean; right?: boolean; indent?: number } = {}): void {
    this.room(1);
    const font = options.bold ? this.bold : this.regular;
    const encoded = this.encoder.text(text);
    const x = options.right
      ? A4[0] - MARGIN.right - font.widthOfTextAtSize(encoded, this.size)
      : MARGIN.left + (options.indent ?? 0);
    this.y -= this.lineHeight;
    this.page.drawText(encoded, { x, y: this.y, size: this.size, font, color: INK });
  }

  /** Wrapped text; `bullet` hangs a bullet in front of the first line. */
  text(text: string, options: { bold?: boolean; bullet?: boolean } = {}): void {
    const font = options.bold ? this.bold : this.regular;
    const indent = options.bullet ? this.size * 1.4 : 0;
    const lines = wrap(this.encoder.text(text), font, this.size, this.width - indent);
    lines.forEach((l, i) => {
      if (options.bullet && i === 0) {
        this.room(1);
        this.page.drawText("\u2022", {
          x: MARGIN.left,
          y: this.y - this.lineHeight,
          size: this.size,
          font: this.regular,
          color: INK,
        });
      }
      this.line(l, { ...(options.bold ? { bold: true } : {}), indent });
    });
  }

  /** A letter paragraph: an optional bold heading, lines, and "- " list items as bullets. */
  paragraph(paragraph: string): void {
    const { heading, body } = splitHeading(paragraph);
    if (heading) {
      this.room(3);
      this.text(heading, { bold: true });
      this.space(0.5);
    }
    for (const raw of body.split("\n")) {
      const line = raw.trim();
      if (line === "") this.space(0.5);
      else if (line.startsWith("- ")) this.text(line.slice(2), { bullet: true });
      else this.text(line);
    }
    this.space(0.6);
  }

  footers(reference: string): void {
    // Large print stays large to the last line; an ordinary letter's footer is a little smaller.
    const small = this.size >= LARGE_SIZE ? this.size : Math.max(9, this.size - 2);
    this.pages.forEach((page, i) => {
      const text = this.encoder.text(`${reference} – page ${i + 1} of ${this.pages.length}`);
      const width = this.regular.widthOfTextAtSize(text, small);
      page.drawText(text, {
        x: (A4[0] - width) / 2,
        y: MARGIN.bottom - small,
        size: small,
        font: this.regular,
        color: INK,
      });
    });
  }
}

/** The letter's date at noon UTC: the PDF's dates, so the same letter gives the same bytes. */
function documentDate(letter: PrintableLetter): Date {
  const parsed = Date.parse(`${letter.issuedOn}T12:00:00Z`);
  return Number.isNaN(parsed) ? new Date(0) : new Date(parsed);
}

export async function printLetterPdf(letter: PrintableLetter): Promise<PrintedLetter> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const encoder = new Encoder(regular);
  const size = letter.largePrint ? LARGE_SIZE : NORMAL_SIZE;
  const layout = new Layout(doc, regular, bold, size, encoder);

  letter.sender.forEach((l, i) =>
    layout.line(l, { right: true, ...(i === 0 ? { bold: true } : {}) }),
  );
  layout.moveTo(ADDRESS_TOP);
  for (const l of letter.addressee) layout.line(l);
  layout.space(1.5);
  layout.line(`Our reference: ${letter.reference}`);
  layout.line(`Date: ${letter.dateText}`);
  layout.space();
  layout.text(letter.subject, { bold: true });
  layout.space();
  layout.line(letter.salutation);
  layout.space(0.6);
  for (const p of letter.paragraphs) layout.paragraph(p);
  layout.line(letter.closing);
  layout.space(2.5);
  for (const l of letter.signature) layout.line(l);
  layout.footers(letter.reference);

  const when = documentDate(letter);
  doc.setTitle(encoder.text(letter.title));
  doc.setAuthor(encoder.text(letter.author));
  doc.setCreator("UCB Outlook add-in");
  doc.setProducer("pdf-lib");
  doc.setLanguage("en-GB");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const pdf = await doc.save();
  const substitutions: Substitution[] = [...encoder.substitutions].map(([from, to]) => ({
    from,
    to,
  }));
  return { pdf, pages: layout.pageCount, substitutions };
}

export const pdfLetterPrinter: LetterPrinter = { print: printLetterPdf };
