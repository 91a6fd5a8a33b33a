/**
 * A SharePoint REST path after /_api, read as OData segments: `web`, `lists`,
 * `GetByTitle('UCB Register')`, `Views(guid'…')`, `addviewfield('ReviewDue')`,
 * `addviewfield(strField='ReviewDue')`. Names are case-insensitive; string literals double their
 * quotes ('O''Brien') and arrive percent-encoded.
 */
import { badQuery } from "./errors";

export type Segment = {
  /** Lower-cased name, for matching. */
  readonly name: string;
  /** As sent, for messages. */
  readonly raw: string;
  /** The call's arguments, unquoted; named arguments by name, positional ones in order. */
  readonly args?: readonly string[];
};

/** Splits on "/" outside string literals, so a title may hold a slash. */
function split(path: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of path) {
    if (ch === "'") quoted = !quoted;
    if (ch === "/" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.filter((s) => s !== "");
}

function parseArgs(text: string): string[] {
  const args: string[] = [];
  let i = 0;
  const s = text.trim();
  while (i < s.length) {
    // A named argument: name=value.
    const named = /^[A-Za-z_]\w*\s*=\s*/.exec(s.slice(i));
    if (named) i += named[0].length;
    if (s.startsWith("guid'", i)) i += 4;
    if (s[i] === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= s.length) throw badQuery(`The string literal in '${text}' is not closed.`);
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += s[i];
        i++;
      }
      args.push(value);
    } else {
      const end = s.indexOf(",", i);
      args.push(s.slice(i, end < 0 ? undefined : end).trim());
      i = end < 0 ? s.length : end;
    }
    while (s[i] === "," || s[i] === " ") i++;
  }
  return args;
}

export function parseApiPath(rawPath: string): Segment[] {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    throw badQuery("The request path is not correctly percent-encoded.");
  }
  return split(path).map((raw) => {
    const m = /^([A-Za-z_$][\w.$]*)(?:\((.*)\))?$/s.exec(raw);
    if (!m?.[1]) throw badQuery(`The segment '${raw}' is not a valid OData path segment.`);
    return {
      name: m[1].toLowerCase(),
      raw,
      ...(m[2] === undefined ? {} : { args: parseArgs(m[2]) }),
    };
  });
}
