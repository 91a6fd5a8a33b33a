/**
 * An emailed letter kept as a file (.eml, RFC 5322 with a MIME text part), for the case
 * documents: who it is from and to, the subject and the letter as drafted. Outlook's Sent Items
 * keep the message as it went; the officer can attach that copy from the sent message too.
 */
import type { Person } from "../../domain/types";
import type { Letter } from "./letter";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** An RFC 2047 encoded word when the text is not plain ASCII. */
function headerText(text: string): string {
  const clean = text.replace(/[\r\n]+/g, " ");
  return /^[\x20-\x7e]*$/.test(clean)
    ? clean
    : `=?UTF-8?B?${bytesToBase64(new TextEncoder().encode(clean))}?=`;
}

function mailbox(name: string, address: string): string {
  return `${headerText(`"${name.replace(/["\\]/g, "")}"`)} <${address}>`;
}

/** "Tue, 03 Mar 2026 12:00:00 +0000": the letter's date at noon, so the file is the same each time. */
function rfc5322Date(isoDate: string): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()] ?? ""}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ""} ${d.getUTCFullYear()} 12:00:00 +0000`;
}

function wrapped(base64: string): string {
  return base64.replace(/.{1,76}/g, "$&\r\n");
}

export function emailFile(letter: Letter, from: Person): Uint8Array {
  const to = letter.to.map((a) => mailbox(letter.addresseeName, a)).join(", ");
  const headers = [
    `From: ${mailbox(from.name, from.email)}`,
    `To: ${to}`,
    `Subject: ${headerText(letter.subject)}`,
    `Date: ${rfc5322Date(letter.content.date)}`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: base64",
    `X-UCB-Case: ${letter.ref}`,
    `X-UCB-Letter: ${letter.kind}; drafted by the add-in and opened in Outlook to check and send`,
  ];
  const body = wrapped(
    bytesToBase64(new TextEncoder().encode(letter.body.replace(/\r?\n/g, "\r\n"))),
  );
  return new TextEncoder().encode(`${headers.join("\r\n")}\r\n\r\n${body}`);
}
