/**
 * Internet message ids (RFC 5322 msg-id) in one form. Outlook on Windows and on the web give
 * `<local@domain>`; Outlook on Mac gives the same id without the angle brackets, and some hosts
 * pad it with spaces. The log, "already logged", the volume count and the store's key all
 * compare ids through this one function, so a message logged on one client is the same message
 * on every other. The id's case is kept: its left part is case-sensitive.
 */
export function normaliseMessageId(raw: string | null | undefined): string | undefined {
  if (typeof raw !== "string") return undefined;
  let id = raw.trim();
  if (id.startsWith("<") && id.endsWith(">")) id = id.slice(1, -1).trim();
  return id === "" || /[<>\s]/.test(id) ? undefined : `<${id}>`;
}

/** True when both ids are present and name the same message. */
export function sameMessageId(a: string | null | undefined, b: string | null | undefined): boolean {
  const left = normaliseMessageId(a);
  return left !== undefined && left === normaliseMessageId(b);
}
