/**
 * A harness message as the .eml Outlook's getAsFileAsync gives (Mailbox 1.14): RFC 5322
 * headers, the text body, and each attachment as a Base64 MIME part, then the whole in Base64.
 */
import type { Mailbox, MessageData } from "./protocol.ts";

const utf8Base64 = (text: string): string => {
  let binary = "";
  for (const b of new TextEncoder().encode(text)) binary += String.fromCharCode(b);
  return btoa(binary);
};

const wrap = (base64: string): string => base64.replace(/.{1,76}/g, "$&\r\n");

const header = (text: string): string =>
  /^[\x20-\x7e]*$/.test(text) ? text : `=?UTF-8?B?${utf8Base64(text)}?=`;

const address = (m: Mailbox): string => `${header(`"${m.name.replace(/"/g, "")}"`)} <${m.address}>`;

export function messageAsEml(m: MessageData): string {
  const boundary = `----=_harness_${m.id.slice(-12)}`;
  const attachments = m.attachments ?? [];
  const headers = [
    `From: ${address(m.from)}`,
    ...(m.sender ? [`Sender: ${address(m.sender)}`] : []),
    `To: ${m.to.map(address).join(", ")}`,
    ...(m.cc.length > 0 ? [`Cc: ${m.cc.map(address).join(", ")}`] : []),
    `Subject: ${header(m.subject)}`,
    `Date: ${new Date(m.received).toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: ${m.internetMessageId}`,
    "MIME-Version: 1.0",
  ];
  const text = [
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: base64",
    "",
    wrap(utf8Base64(m.body)),
  ].join("\r\n");
  if (attachments.length === 0) return `${headers.join("\r\n")}\r\n${text}`;
  const parts = attachments.map((a) =>
    [
      `Content-Type: ${a.contentType}; name="${a.name}"`,
      `Content-Disposition: attachment; filename="${a.name}"`,
      "Content-Transfer-Encoding: base64",
      "",
      wrap(utf8Base64(a.content)),
    ].join("\r\n"),
  );
  return [
    ...headers,
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    ...[text, ...parts].flatMap((p) => [`--${boundary}`, p]),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** What getAsFileAsync returns: the .eml, Base64. */
export function messageAsEmlBase64(m: MessageData): string {
  return utf8Base64(messageAsEml(m));
}
