/**
 * OData system query options, read as Graph reads them: with or without the `$`, names in any
 * case, values percent-decoded (browsers encode spaces and quotes; the SDK does not).
 */
import { badRequest } from "../http/graph-error";

export const SYSTEM_OPTIONS = [
  "select",
  "expand",
  "filter",
  "orderby",
  "top",
  "skip",
  "skiptoken",
  "count",
  "search",
  "format",
] as const;
export type SystemOption = (typeof SYSTEM_OPTIONS)[number];

export type RawParameter = { readonly rawName: string; readonly rawValue: string };

export type QueryOptions = {
  readonly system: ReadonlyMap<SystemOption, string>;
  /** Non-OData parameters, e.g. delta's `token`. Names in lower case. */
  readonly custom: ReadonlyMap<string, string>;
  /** The parameters exactly as sent, to carry into @odata.nextLink. */
  readonly raw: readonly RawParameter[];
};

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    throw badRequest("The query string is not correctly percent-encoded.", "BadRequest");
  }
}

export function parseQuery(rawQuery: string): QueryOptions {
  const system = new Map<SystemOption, string>();
  const custom = new Map<string, string>();
  const raw: RawParameter[] = [];
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? "" : part.slice(eq + 1);
    raw.push({ rawName, rawValue });
    const name = decode(rawName).trim().toLowerCase();
    const bare = name.startsWith("$") ? name.slice(1) : name;
    const option = SYSTEM_OPTIONS.find((o) => o === bare);
    if (option) {
      if (system.has(option)) {
        throw badRequest(`Query option '$${option}' was specified more than once.`, "BadRequest");
      }
      system.set(option, decode(rawValue));
    } else if (name.startsWith("$")) {
      throw badRequest(`The query parameter '${name}' is not supported.`, "BadRequest");
    } else {
      custom.set(name, decode(rawValue));
    }
  }
  return { system, custom, raw };
}

/** Splits on commas outside parentheses: "a,b(c,d),e" → ["a", "b(c,d)", "e"]. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

export type ExpandItem = {
  readonly name: string;
  /** `$select` inside the parentheses, if any. */
  readonly select?: readonly string[];
};

/** "fields($select=A,B)" or "fields(select=A,B)" or "columns". */
export function parseExpand(text: string): ExpandItem[] {
  return splitTopLevel(text, ",").map((part) => {
    const m = /^([A-Za-z]+)\s*(?:\((.*)\))?$/s.exec(part);
    if (!m?.[1])
      throw badRequest(`Parsing OData Select and Expand failed: '${part}'.`, "BadRequest");
    let select: string[] | undefined;
    for (const option of splitTopLevel(m[2] ?? "", ";")) {
      const o = /^\$?(select)\s*=\s*(.*)$/is.exec(option);
      if (!o) {
        throw badRequest(
          `Parsing OData Select and Expand failed: '${option}' is not supported inside $expand.`,
          "BadRequest",
        );
      }
      select = splitTopLevel(o[2] ?? "", ",");
    }
    return select ? { name: m[1], select } : { name: m[1] };
  });
}

export function parseSelect(text: string | undefined): string[] | undefined {
  return text === undefined ? undefined : splitTopLevel(text, ",");
}

export const MAX_TOP = 5000;
export const DEFAULT_PAGE_SIZE = 200;

export function parseTop(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PAGE_SIZE;
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP) {
    throw badRequest(
      `Invalid value for $top: '${text}'. It must be an integer from 1 to ${MAX_TOP}.`,
    );
  }
  return n;
}

/** Percent-encodes what may not appear raw in a URL, leaving the sender's own encoding alone. */
const safe = (text: string): string =>
  text.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu, (c) => encodeURIComponent(c));

/** Rebuilds a query string from the parameters as sent, minus some, plus others. */
export function rebuildQuery(
  raw: readonly RawParameter[],
  drop: (name: string) => boolean,
  add: readonly RawParameter[],
): string {
  return [...raw.filter((p) => !drop(decode(p.rawName).trim().toLowerCase())), ...add]
    .map((p) => `${safe(p.rawName)}=${safe(p.rawValue)}`)
    .join("&");
}
