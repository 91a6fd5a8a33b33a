/**
 * A LetterPrinter for app and pane tests: it keeps what it was asked to print and returns small
 * stand-in bytes; the real PDF is tested in src/pdf. The same letter gives the same bytes.
 */
import type { LetterPrinter, PrintableLetter, PrintedLetter } from "../../src/app/ports";

export class FakePrinter implements LetterPrinter {
  readonly printed: PrintableLetter[] = [];

  print(letter: PrintableLetter): Promise<PrintedLetter> {
    this.printed.push(letter);
    const text = `%PDF-fake\n${JSON.stringify(letter)}`;
    return Promise.resolve({ pdf: new TextEncoder().encode(text), pages: 1, substitutions: [] });
  }
}
