import { createHash, randomUUID } from "node:crypto";

/** A GUID derived from a name, so the same site keeps the same id across fresh databases. */
export function guidFromName(name: string): string {
  const hex = createHash("sha1").update(name).digest("hex");
  // Version 5 layout: the nibble after the second dash is 5, the variant bits are 10xx.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export const newGuid = (): string => randomUUID();
