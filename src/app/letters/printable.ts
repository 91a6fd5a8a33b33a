/**
 * A letter as the printed page lays it out (the LetterPrinter port): the council's head with the
 * configured sender and return address, the addressee block, the reference and date, and the
 * letter's own parts, in large print where that adjustment is recorded.
 */
import type { PolicyConfig } from "../../domain/config";
import type { PrintableLetter } from "../ports";
import { letterDate } from "./format";
import type { Letter } from "./letter";

/** The subject without "(our reference …)": the printed letter gives the reference itself. */
function printedSubject(letter: Letter): string {
  return letter.subject.replace(/\s*\(our reference [^)]*\)\s*$/, "");
}

export function printableLetter(letter: Letter, config: PolicyConfig): PrintableLetter {
  const sender = config.letterSender;
  return {
    sender: [
      config.councilName,
      sender.name,
      ...sender.returnAddress,
      ...(sender.telephone ? [`Telephone: ${sender.telephone}`] : []),
      // A customer whose terms exclude email is not invited to use it.
      ...(letter.emailAllowed ? [`Email: ${config.helpdesk.email}`] : []),
    ],
    addressee: letter.addressBlock,
    reference: letter.ref,
    issuedOn: letter.content.date,
    dateText: letterDate(letter.content.date),
    subject: printedSubject(letter),
    salutation: letter.content.salutation,
    paragraphs: letter.content.paragraphs,
    closing: letter.content.closing,
    signature: letter.content.signature,
    largePrint: letter.channel.largePrint,
    title: printedSubject(letter),
    author: config.councilName,
  };
}
