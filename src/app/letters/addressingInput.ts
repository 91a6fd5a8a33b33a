/**
 * How letters address a person, as typed (title, surname, salutation, postal address): checked
 * field by field and turned into the case file's Addressing. Empty fields are simply not held.
 */
import type { Addressing } from "../../domain/types";

export type AddressingInput = {
  readonly title?: string;
  readonly surname?: string;
  readonly salutation?: string;
  /** One line each, as typed in a multi-line box. */
  readonly postalAddress?: string;
};

export const ADDRESSING_LIMITS = { title: 30, surname: 100, salutation: 100, line: 100, lines: 8 };

export type AddressingErrors = Partial<Record<keyof AddressingInput, string>>;

export function checkAddressing(
  input: AddressingInput,
  who: string,
): { readonly value: Addressing | undefined; readonly errors: AddressingErrors } {
  const errors: AddressingErrors = {};
  const field = (key: "title" | "surname" | "salutation", limit: number, what: string) => {
    const value = (input[key] ?? "").replace(/\s+/g, " ").trim();
    if (value.length > limit) errors[key] = `Keep ${who}'s ${what} to ${limit} characters.`;
    return value;
  };
  const title = field("title", ADDRESSING_LIMITS.title, "title");
  const surname = field("surname", ADDRESSING_LIMITS.surname, "surname");
  const salutation = field("salutation", ADDRESSING_LIMITS.salutation, "salutation");
  if (/^dear\b/i.test(salutation)) {
    errors.salutation = 'Leave out "Dear": give only what follows it, for example "Mr Rivers".';
  }
  const lines = (input.postalAddress ?? "")
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
  if (lines.length > ADDRESSING_LIMITS.lines) {
    errors.postalAddress = `Give ${who}'s postal address in at most ${ADDRESSING_LIMITS.lines} lines.`;
  } else if (lines.some((l) => l.length > ADDRESSING_LIMITS.line)) {
    errors.postalAddress = `Keep each line of the address to ${ADDRESSING_LIMITS.line} characters.`;
  }
  const value: Addressing = {
    ...(title ? { title } : {}),
    ...(surname ? { surname } : {}),
    ...(salutation ? { salutation } : {}),
    ...(lines.length > 0 ? { postalAddress: lines } : {}),
  };
  return { value: Object.keys(value).length > 0 ? value : undefined, errors };
}

/** The form's text for what is held: the reverse of checkAddressing. */
export function addressingInputOf(addressing: Addressing | undefined): Required<AddressingInput> {
  return {
    title: addressing?.title ?? "",
    surname: addressing?.surname ?? "",
    salutation: addressing?.salutation ?? "",
    postalAddress: (addressing?.postalAddress ?? []).join("\n"),
  };
}
