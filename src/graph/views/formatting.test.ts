/**
 * The column formatting JSON: valid JSON that uses only what Microsoft's formatting syntax
 * reference documents (elmType, attributes, style properties, operators, special strings), and
 * that renders what it promises, checked by evaluating its Excel-style expressions the way the
 * reference describes them (formatting-syntax-reference.md, ms.date 08/28/2024).
 */
import { describe, expect, it } from "vitest";
import { STAGE } from "../vocabulary";
import {
  APPEAL_BY,
  COLUMN_FORMATS,
  COLUMN_FORMATTING_SCHEMA,
  REVIEW_DUE,
  STAGE_PILL,
  TERMS_SUMMARY,
} from "./formatting";

// ---- What the reference documents ------------------------------------------------------------
const ELM_TYPES = ["div", "span", "a", "img", "svg", "path", "button", "p", "filepreview"];
const ELEMENT_KEYS = [
  "$schema",
  "elmType",
  "txtContent",
  "style",
  "attributes",
  "children",
  "debugMode",
  "forEach",
  "customRowAction",
  "customCardProps",
  "defaultHoverField",
  "columnFormatterReference",
  "inlineEditField",
  "filePreviewProps",
];
const ATTRIBUTES = [
  "href",
  "rel",
  "src",
  "class",
  "target",
  "title",
  "role",
  "iconName",
  "d",
  "aria",
  "data-interception",
  "viewBox",
  "preserveAspectRatio",
  "draggable",
];
const STYLES = `background-color fill background-image border border-bottom border-bottom-color
border-bottom-style border-bottom-width border-color border-left border-left-color border-left-style
border-left-width border-right border-right-color border-right-style border-right-width border-style
border-top border-top-color border-top-style border-top-width border-width outline outline-color
outline-style outline-width border-bottom-left-radius border-bottom-right-radius border-radius
border-top-left-radius border-top-right-radius box-decoration-break box-shadow box-sizing overflow-x
overflow-y overflow-style rotation rotation-point opacity cursor height max-height max-width
min-height min-width width flex-grow flex-shrink flex-flow flex-direction flex-wrap flex
justify-content align-items box-align box-direction box-flex box-flex-group box-lines
box-ordinal-group box-orient box-pack font font-family font-size font-style font-variant font-weight
font-size-adjust font-stretch grid-columns grid-rows margin margin-bottom margin-left margin-right
margin-top column-count column-fill column-gap column-rule column-rule-color column-rule-style
column-rule-width column-span column-width columns padding padding-bottom padding-left padding-right
padding-top bottom clear clip display float left overflow position right top visibility z-index
border-collapse border-spacing caption-side empty-cells table-layout color direction letter-spacing
line-height text-align text-decoration text-indent text-transform unicode-bidi vertical-align
white-space word-spacing hanging-punctuation punctuation-trim text-align-last text-justify
text-outline text-overflow text-shadow text-wrap word-break word-wrap stroke fill-opacity
-webkit-line-clamp object-fit transform`.split(/\s+/);
/** Operators (as functions in Excel-style expressions: "toString()" is written toString(…)). */
const FUNCTIONS = `toString Number Date cos sin toDateString toLocaleString toLocaleDateString
toLocaleTimeString indexOf toLowerCase join length abs loopIndex floor ceiling pow substring getDate
getMonth getYear toUpperCase lastIndexOf startsWith endsWith replace replaceAll padStart padEnd
getThumbnailImage getUserImage addDays addMinutes appendTo removeFrom split if`.split(/\s+/);
const BINARY = ["==", "!=", "<=", ">=", "<", ">", "&&", "||", "+", "-", "*", "/", "%"];

// ---- A small reader of Excel-style expressions -------------------------------------------------
type Value = string | number | boolean | Date;
type Token = { kind: "num" | "str" | "name" | "special" | "op" | "punct"; text: string };

function tokenise(expression: string): Token[] {
  const tokens: Token[] = [];
  const src = expression.slice(1);
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const str = /^'((?:[^'\\]|\\.)*)'/.exec(rest);
    const num = /^\d+(\.\d+)?/.exec(rest);
    const special = /^@[A-Za-z.]+/.exec(rest);
    const field = /^\[\$[^\]]+\]/.exec(rest);
    const name = /^[A-Za-z_]\w*/.exec(rest);
    const op = BINARY.find((o) => rest.startsWith(o));
    if (str) tokens.push({ kind: "str", text: (str[1] ?? "").replace(/\\'/g, "'") });
    else if (num) tokens.push({ kind: "num", text: num[0] });
    else if (special) tokens.push({ kind: "special", text: special[0] });
    else if (field) throw new Error(`refers to another column ${field[0]}`);
    else if (name) tokens.push({ kind: "name", text: name[0] });
    else if (op) tokens.push({ kind: "op", text: op });
    else if ("(),".includes(rest[0] ?? "")) tokens.push({ kind: "punct", text: rest[0] ?? "" });
    else throw new Error(`unexpected '${rest[0] ?? ""}' in ${expression}`);
    i +=
      str?.[0].length ??
      num?.[0].length ??
      special?.[0].length ??
      name?.[0].length ??
      op?.length ??
      1;
  }
  return tokens;
}

type Scope = { readonly currentField: Value; readonly now: Date };

function evaluate(expression: string, scope: Scope): Value {
  const tokens = tokenise(expression);
  let at = 0;
  const peek = () => tokens[at];
  const take = (text?: string): Token => {
    const t = tokens[at++];
    if (!t || (text !== undefined && t.text !== text))
      throw new Error(`expected ${text ?? "more"} in ${expression}`);
    return t;
  };
  const PRECEDENCE: Record<string, number> = {
    "||": 1,
    "&&": 2,
    "==": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "/": 6,
    "%": 6,
  };
  const asNumber = (v: Value) => (v instanceof Date ? v.getTime() : Number(v));
  const binary = (op: string, a: Value, b: Value): Value => {
    const dates = a instanceof Date || b instanceof Date;
    switch (op) {
      case "||":
        return Boolean(a) || Boolean(b);
      case "&&":
        return Boolean(a) && Boolean(b);
      case "==":
        return dates
          ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
          : a === b;
      case "!=":
        return !(binary("==", a, b) as boolean);
      case "<":
        return asNumber(a) < asNumber(b);
      case "<=":
        return asNumber(a) <= asNumber(b);
      case ">":
        return asNumber(a) > asNumber(b);
      case ">=":
        return asNumber(a) >= asNumber(b);
      case "+":
        return typeof a === "string" || typeof b === "string"
          ? `${String(a)}${String(b)}`
          : asNumber(a) + asNumber(b);
      default:
        throw new Error(`operator ${op} not used by our formatters`);
    }
  };
  const call = (name: string, args: Value[]): Value => {
    switch (name) {
      case "if":
        return args[0] ? (args[1] ?? "") : (args[2] ?? "");
      case "addDays":
        return new Date(asNumber(args[0] ?? 0) + asNumber(args[1] ?? 0) * 86_400_000);
      case "toLocaleDateString":
        // As a viewer in the UK sees it.
        // An empty date has no text; the if() around it decides what shows.
        return args[0] instanceof Date
          ? args[0].toLocaleDateString("en-GB", { timeZone: "Europe/London" })
          : "";
      default:
        throw new Error(`${name} is documented but not evaluated here`);
    }
  };
  const primary = (): Value => {
    const t = take();
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text;
    if (t.kind === "special") {
      if (t.text === "@currentField") return scope.currentField;
      if (t.text === "@now") return scope.now;
      throw new Error(`special string ${t.text} not used by our formatters`);
    }
    if (t.kind === "punct" && t.text === "(") {
      const v = expr(0);
      take(")");
      return v;
    }
    if (t.kind === "name") {
      if (!FUNCTIONS.includes(t.text)) throw new Error(`undocumented operator ${t.text}`);
      take("(");
      const args: Value[] = [];
      if (peek()?.text !== ")") {
        args.push(expr(0));
        while (peek()?.text === ",") {
          take(",");
          args.push(expr(0));
        }
      }
      take(")");
      return call(t.text, args);
    }
    throw new Error(`unexpected ${t.text} in ${expression}`);
  };
  const expr = (min: number): Value => {
    let left = primary();
    for (;;) {
      const t = peek();
      const p = t?.kind === "op" ? PRECEDENCE[t.text] : undefined;
      if (!t || p === undefined || p <= min) return left;
      take();
      left = binary(t.text, left, expr(p));
    }
  };
  const value = expr(0);
  if (at !== tokens.length) throw new Error(`trailing input in ${expression}`);
  return value;
}

/** Every problem with a formatter against the reference; empty when it follows it. */
function problems(node: unknown, path = "root"): string[] {
  if (typeof node !== "object" || node === null) return [`${path} is not an element`];
  const out: string[] = [];
  const element = node as Record<string, unknown>;
  for (const key of Object.keys(element)) {
    if (!ELEMENT_KEYS.includes(key)) out.push(`${path}: undocumented property ${key}`);
  }
  if (!ELM_TYPES.includes(String(element["elmType"])))
    out.push(`${path}: elmType ${String(element["elmType"])}`);
  const check = (where: string, value: unknown): void => {
    if (typeof value !== "string") {
      out.push(`${where} is not a string`);
      return;
    }
    if (!value.startsWith("=")) return;
    try {
      tokenise(value).forEach((t) => {
        if (t.kind === "name" && !FUNCTIONS.includes(t.text))
          out.push(`${where}: undocumented operator ${t.text}`);
        if (t.kind === "special" && !["@currentField", "@now"].includes(t.text))
          out.push(`${where}: ${t.text}`);
      });
      evaluate(value, { currentField: "", now: new Date() });
    } catch (e) {
      out.push(`${where}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  if (element["txtContent"] !== undefined) check(`${path}.txtContent`, element["txtContent"]);
  for (const [name, value] of Object.entries(
    (element["style"] as Record<string, unknown> | undefined) ?? {},
  )) {
    if (!STYLES.includes(name)) out.push(`${path}: undocumented style ${name}`);
    check(`${path}.style.${name}`, value);
  }
  for (const [name, value] of Object.entries(
    (element["attributes"] as Record<string, unknown> | undefined) ?? {},
  )) {
    if (!ATTRIBUTES.includes(name)) out.push(`${path}: undocumented attribute ${name}`);
    check(`${path}.attributes.${name}`, value);
  }
  ((element["children"] as unknown[] | undefined) ?? []).forEach((child, i) =>
    out.push(...problems(child, `${path}.children[${i}]`)),
  );
  return out;
}

/** A property's value: an expression evaluated, "@currentField" looked up, other text as it is. */
const shownValue = (v: string, scope: Scope): Value =>
  v.startsWith("=") ? evaluate(v, scope) : v === "@currentField" ? scope.currentField : v;

const render = (
  formatter: { txtContent?: string; style?: Record<string, string> },
  scope: Scope,
): Record<string, Value | undefined> => ({
  text: formatter.txtContent === undefined ? undefined : shownValue(formatter.txtContent, scope),
  ...Object.fromEntries(
    Object.entries(formatter.style ?? {}).map(([k, v]) => [
      k,
      v.startsWith("=") ? evaluate(v, scope) : v,
    ]),
  ),
});

/** A date-only value as SharePoint holds it: local midnight in London, as an instant. */
const londonMidnight = (date: string): Date => {
  const utc = new Date(`${date}T00:00:00Z`);
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hour: "numeric",
      hourCycle: "h23",
    }).format(utc),
  );
  return new Date(utc.getTime() - hour * 3_600_000);
};

describe("column formatting JSON", () => {
  it.each(COLUMN_FORMATS.map((f) => [f.field, f.formatter] as const))(
    "%s is valid JSON using only documented elements, attributes, styles and operators",
    (_field, formatter) => {
      const json = JSON.stringify(formatter);
      expect(JSON.parse(json)).toEqual(formatter);
      expect((formatter as { $schema?: string }).$schema).toBe(COLUMN_FORMATTING_SCHEMA);
      expect(problems(formatter)).toEqual([]);
    },
  );

  it("catches what the reference does not allow (so the check above can fail)", () => {
    expect(
      problems({ elmType: "table", style: { "font-colour": "red" }, attributes: { onclick: "x" } }),
    ).toEqual([
      "root: elmType table",
      "root: undocumented style font-colour",
      "root: undocumented attribute onclick",
    ]);
    expect(problems({ elmType: "div", txtContent: "=eval(@currentField)" })).toContain(
      "root.txtContent: undocumented operator eval",
    );
    expect(problems({ elmType: "div", txtContent: "=[$Stage]" })[0]).toMatch(/another column/);
  });
});

describe("what the formatting shows", () => {
  const MIDDAY = new Date("2026-06-15T10:00:00Z"); // 11:00 in London, Monday 15 June 2026

  it.each([
    ["overdue by one day", "2026-06-14", MIDDAY, "Overdue: 14/06/2026", "#a4262c"],
    ["due today", "2026-06-15", MIDDAY, "15/06/2026", ""],
    ["due in 30 days", "2026-07-15", MIDDAY, "15/07/2026", ""],
    [
      "due yesterday, at 00:30 in London",
      "2026-06-14",
      new Date("2026-06-14T23:30:00Z"),
      "Overdue: 14/06/2026",
      "#a4262c",
    ],
    [
      "due today, at 23:30 in London the day before",
      "2026-06-15",
      new Date("2026-06-14T22:30:00Z"),
      "15/06/2026",
      "",
    ],
  ])("a review date %s", (_case, due, now, text, colour) => {
    expect(render(REVIEW_DUE, { currentField: londonMidnight(due), now })).toMatchObject({
      text,
      color: colour,
    });
  });

  it("shows nothing for an empty review date, and says 'Closed' for a passed appeal deadline", () => {
    expect(render(REVIEW_DUE, { currentField: "", now: MIDDAY })).toMatchObject({
      text: "",
      color: "",
    });
    expect(
      render(APPEAL_BY, { currentField: londonMidnight("2026-06-01"), now: MIDDAY }),
    ).toMatchObject({
      text: "Closed: 01/06/2026",
      color: "#a4262c",
    });
  });

  it("draws each stage as a pill with its own colours, readable (contrast at least 4.5:1)", () => {
    const pill = STAGE_PILL.children[0];
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const backgrounds = new Set<unknown>();
    for (const stage of STAGE.labels) {
      const shown = render(pill, { currentField: stage, now: MIDDAY });
      expect(shown).toMatchObject({
        text: stage,
        display: "inline-block",
        "border-radius": "12px",
      });
      const [bg, fg] = [String(shown["background-color"]), String(shown.color)];
      const [hi, lo] = [luminance(bg), luminance(fg)].sort((a, b) => b - a) as [number, number];
      expect((hi + 0.05) / (lo + 0.05), stage).toBeGreaterThanOrEqual(4.5);
      backgrounds.add(bg);
    }
    expect(backgrounds.size).toBeGreaterThanOrEqual(STAGE.labels.length - 1);
    expect(render(pill, { currentField: "", now: MIDDAY })).toMatchObject({ display: "none" });
  });

  it("shows the terms as wrapped text, and says when there are none", () => {
    expect(
      render(TERMS_SUMMARY, { currentField: "Email only, to the SPOC.", now: MIDDAY }),
    ).toMatchObject({
      text: "Email only, to the SPOC.",
      "white-space": "pre-wrap",
    });
    expect(render(TERMS_SUMMARY, { currentField: "", now: MIDDAY })).toMatchObject({
      text: "No terms recorded",
    });
  });
});
