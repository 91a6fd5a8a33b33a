/**
 * CAML as SharePoint reads it in a view's query or a GetItems ViewXml: <Where> with Eq, Neq, Lt,
 * Leq, Gt, Geq, IsNull, IsNotNull, In, BeginsWith, Contains under And/Or; <Value> with <Today
 * OffsetDays="n"/>; <OrderBy> and <GroupBy>. Parsed once, re-serialised the way SharePoint stores
 * it (double quotes, a space before "/>"), and evaluated against a list's items.
 * Reference: learn.microsoft.com/sharepoint/dev/schema/query-schema (Where, Value, Today,
 * FieldRef, OrderBy elements).
 */
import { DOMParser, type Element, type Node } from "@xmldom/xmldom";
import { badCaml } from "./errors";

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

function parseXml(text: string): Element {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(text, "text/xml");
    const root = doc.documentElement;
    if (!root) throw new Error("no root element");
    return root;
  } catch (e) {
    throw badCaml(
      `The query is not valid XML: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
    );
  }
}

const elements = (node: Element): Element[] => {
  const out: Element[] = [];
  for (let c: Node | null = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) out.push(c as Element);
  }
  return out;
};

const textOf = (node: Element): string => {
  let out = "";
  for (let c: Node | null = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_NODE) out += c.nodeValue ?? "";
  }
  return out;
};

const escapeText = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const escapeAttr = (s: string): string => escapeText(s).replaceAll('"', "&quot;");

/** An element as SharePoint writes stored CAML back: `<FieldRef Name="X" />`. */
export function serialise(node: Element): string {
  const attrs = Array.from({ length: node.attributes.length }, (_, i) => node.attributes.item(i))
    .filter((a) => a !== null)
    .map((a) => ` ${a.name}="${escapeAttr(a.value)}"`)
    .join("");
  const kids = elements(node);
  const text = kids.length === 0 ? textOf(node) : "";
  if (kids.length === 0 && text === "") return `<${node.tagName}${attrs} />`;
  return `<${node.tagName}${attrs}>${kids.length > 0 ? kids.map(serialise).join("") : escapeText(text)}</${node.tagName}>`;
}

/** A view's ViewQuery (Where/OrderBy/GroupBy, no <Query> wrapper), in SharePoint's stored form. */
export function normaliseViewQuery(query: string): string {
  if (query.trim() === "") return "";
  const root = parseXml(`<Query>${query}</Query>`);
  const parts = elements(root);
  for (const p of parts) {
    if (!["Where", "OrderBy", "GroupBy"].includes(p.tagName)) {
      throw badCaml(`A view's query holds Where, OrderBy and GroupBy only, not ${p.tagName}.`);
    }
  }
  return parts.map(serialise).join("");
}

export type CamlValue = {
  readonly type: string;
  readonly text: string;
  /** Days from today, for <Today/>. */
  readonly today?: number;
  readonly includeTime: boolean;
};

export type Condition =
  | { readonly op: "And" | "Or"; readonly left: Condition; readonly right: Condition }
  | {
      readonly op: "Eq" | "Neq" | "Lt" | "Leq" | "Gt" | "Geq" | "BeginsWith" | "Contains";
      readonly field: string;
      readonly value: CamlValue;
    }
  | { readonly op: "IsNull" | "IsNotNull"; readonly field: string }
  | { readonly op: "In"; readonly field: string; readonly values: readonly CamlValue[] };

export type SortKey = { readonly field: string; readonly ascending: boolean };

export type CamlQuery = {
  readonly where?: Condition;
  readonly groupBy: readonly SortKey[];
  readonly orderBy: readonly SortKey[];
};

export type CamlView = {
  readonly query: CamlQuery;
  readonly viewFields?: readonly string[];
  readonly rowLimit?: number;
};

function fieldRefName(node: Element): string {
  const ref = elements(node).find((e) => e.tagName === "FieldRef");
  const name = ref?.getAttribute("Name");
  if (!ref || !name) throw badCaml(`<${node.tagName}> needs a <FieldRef Name="…"/>.`);
  return name;
}

function parseValue(node: Element): CamlValue {
  const today = elements(node).find((e) => e.tagName === "Today");
  const offset = today?.getAttribute("OffsetDays") ?? today?.getAttribute("Offset") ?? "0";
  if (today && !/^[+-]?\d+$/.test(offset.trim())) {
    throw badCaml(`OffsetDays must be a whole number of days, not '${offset}'.`);
  }
  return {
    type: node.getAttribute("Type") ?? "Text",
    text: textOf(node).trim(),
    ...(today ? { today: Number(offset.trim()) } : {}),
    includeTime: (node.getAttribute("IncludeTimeValue") ?? "").toUpperCase() === "TRUE",
  };
}

const COMPARISONS = ["Eq", "Neq", "Lt", "Leq", "Gt", "Geq", "BeginsWith", "Contains"] as const;

function parseCondition(node: Element): Condition {
  const tag = node.tagName;
  if (tag === "And" || tag === "Or") {
    const kids = elements(node);
    if (kids.length < 2) throw badCaml(`<${tag}> needs two conditions.`);
    // SharePoint nests And/Or in pairs; more than two are read left to right.
    return kids
      .slice(1)
      .reduce<Condition>(
        (left, right) => ({ op: tag, left, right: parseCondition(right) }),
        parseCondition(kids[0] as Element),
      );
  }
  if (tag === "IsNull" || tag === "IsNotNull") return { op: tag, field: fieldRefName(node) };
  if (tag === "In") {
    const values = elements(node).find((e) => e.tagName === "Values");
    if (!values) throw badCaml("<In> needs <Values>.");
    return {
      op: "In",
      field: fieldRefName(node),
      values: elements(values)
        .filter((e) => e.tagName === "Value")
        .map(parseValue),
    };
  }
  const cmp = COMPARISONS.find((c) => c === tag);
  if (!cmp) throw badCaml(`<${tag}> is not a CAML comparison the emulator knows.`);
  const value = elements(node).find((e) => e.tagName === "Value");
  if (!value) throw badCaml(`<${tag}> needs a <Value>.`);
  return { op: cmp, field: fieldRefName(node), value: parseValue(value) };
}

function sortKeys(node: Element | undefined): SortKey[] {
  if (!node) return [];
  return elements(node)
    .filter((e) => e.tagName === "FieldRef")
    .map((e) => ({
      field: e.getAttribute("Name") ?? "",
      // Ascending defaults to TRUE (fieldref-element-query).
      ascending: (e.getAttribute("Ascending") ?? "TRUE").toUpperCase() !== "FALSE",
    }));
}

function parseQueryElement(query: Element): CamlQuery {
  const parts = elements(query);
  const where = parts.find((p) => p.tagName === "Where");
  const whereKids = where ? elements(where) : [];
  if (where && whereKids.length !== 1) throw badCaml("<Where> holds exactly one condition.");
  return {
    ...(whereKids[0] ? { where: parseCondition(whereKids[0]) } : {}),
    groupBy: sortKeys(parts.find((p) => p.tagName === "GroupBy")),
    orderBy: sortKeys(parts.find((p) => p.tagName === "OrderBy")),
  };
}

export function parseViewQuery(viewQuery: string): CamlQuery {
  return parseQueryElement(parseXml(`<Query>${viewQuery}</Query>`));
}

/** A whole <View> (SP.CamlQuery.ViewXml): its Query, ViewFields and RowLimit. */
export function parseViewXml(viewXml: string): CamlView {
  if (viewXml.trim() === "") return { query: { groupBy: [], orderBy: [] } };
  const view = parseXml(viewXml);
  if (view.tagName !== "View") throw badCaml("ViewXml must be a <View> element.");
  const parts = elements(view);
  const query = parts.find((p) => p.tagName === "Query");
  const fields = parts.find((p) => p.tagName === "ViewFields");
  const limit = parts.find((p) => p.tagName === "RowLimit");
  const limitText = limit ? textOf(limit).trim() : "";
  return {
    query: query ? parseQueryElement(query) : { groupBy: [], orderBy: [] },
    ...(fields
      ? {
          viewFields: elements(fields)
            .filter((e) => e.tagName === "FieldRef")
            .map((e) => e.getAttribute("Name") ?? ""),
        }
      : {}),
    ...(/^\d+$/.test(limitText) ? { rowLimit: Number(limitText) } : {}),
  };
}

/** Every field a query names, to check them against the list. */
export function fieldsNamed(query: CamlQuery): string[] {
  const out: string[] = [];
  const walk = (c: Condition | undefined): void => {
    if (!c) return;
    if ("left" in c) {
      walk(c.left);
      walk(c.right);
    } else out.push(c.field);
  };
  walk(query.where);
  return [...out, ...query.groupBy.map((k) => k.field), ...query.orderBy.map((k) => k.field)];
}

// ---- Evaluation --------------------------------------------------------------------------------

export type FieldKind = "text" | "number" | "boolean" | "dateTime";

/** A field's value on one item, as the evaluator compares it. */
export type FieldReader = {
  readonly kind: FieldKind;
  readonly read: (item: unknown) => string | number | null;
};

export type EvalContext = {
  readonly field: (name: string) => FieldReader;
  /** The site's calendar date today ("YYYY-MM-DD"), which <Today/> means. */
  readonly today: string;
  /** The calendar date of an instant in the site's time zone. */
  readonly localDate: (isoUtc: string) => string;
};

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

type Comparable = string | number;

function operand(kind: FieldKind, value: CamlValue, ctx: EvalContext): Comparable | null {
  if (kind === "dateTime") {
    if (value.today !== undefined) return addDays(ctx.today, value.today);
    const text = value.text;
    if (value.includeTime) {
      const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
      return Number.isNaN(ms) ? null : ms;
    }
    return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : null;
  }
  if (kind === "number") return value.text === "" ? null : Number(value.text);
  if (kind === "boolean") return ["1", "true"].includes(value.text.toLowerCase()) ? 1 : 0;
  return value.text.toLowerCase();
}

function itemValue(
  kind: FieldKind,
  raw: string | number | null,
  value: CamlValue | undefined,
  ctx: EvalContext,
): Comparable | null {
  if (raw === null) return null;
  if (kind === "dateTime") {
    // Without IncludeTimeValue, CAML compares the date part only (value-element-query).
    return value?.includeTime === true ? Date.parse(String(raw)) : ctx.localDate(String(raw));
  }
  if (kind === "text") return String(raw).toLowerCase();
  return typeof raw === "number" ? raw : Number(raw);
}

function compare(a: Comparable, b: Comparable): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareWith(op: string, v: Comparable, w: Comparable): boolean {
  switch (op) {
    case "Eq":
      return v === w;
    case "Neq":
      return v !== w;
    case "Lt":
      return compare(v, w) < 0;
    case "Leq":
      return compare(v, w) <= 0;
    case "Gt":
      return compare(v, w) > 0;
    case "Geq":
      return compare(v, w) >= 0;
    case "BeginsWith":
      return String(v).startsWith(String(w));
    default:
      return String(v).includes(String(w));
  }
}

export function matches(
  condition: Condition | undefined,
  item: unknown,
  ctx: EvalContext,
): boolean {
  if (!condition) return true;
  if ("left" in condition) {
    return condition.op === "And"
      ? matches(condition.left, item, ctx) && matches(condition.right, item, ctx)
      : matches(condition.left, item, ctx) || matches(condition.right, item, ctx);
  }
  const reader = ctx.field(condition.field);
  if ("values" in condition) {
    const v = itemValue(reader.kind, reader.read(item), condition.values[0], ctx);
    return v !== null && condition.values.some((x) => operand(reader.kind, x, ctx) === v);
  }
  if (!("value" in condition)) return (reader.read(item) === null) === (condition.op === "IsNull");
  const v = itemValue(reader.kind, reader.read(item), condition.value, ctx);
  const w = operand(reader.kind, condition.value, ctx);
  // As in SQL, an empty value matches no comparison (IsNull finds it).
  return v !== null && w !== null && compareWith(condition.op, v, w);
}

/** Sorts by the group-by fields, then the order-by fields, then ID; empty values first. */
export function sortItems<T>(
  items: readonly T[],
  query: CamlQuery,
  ctx: EvalContext,
  idOf: (item: T) => number,
): T[] {
  const keys = [...query.groupBy, ...query.orderBy];
  const readers = keys.map((k) => ({ key: k, reader: ctx.field(k.field) }));
  return [...items].sort((a, b) => {
    for (const { key, reader } of readers) {
      // Dates sort by the instant (ISO UTC strings sort as they read), other values as compared.
      const value = (x: T) =>
        reader.kind === "dateTime"
          ? reader.read(x)
          : itemValue(reader.kind, reader.read(x), undefined, ctx);
      const va = value(a);
      const vb = value(b);
      const c =
        va === null && vb === null ? 0 : va === null ? -1 : vb === null ? 1 : compare(va, vb);
      if (c !== 0) return key.ascending ? c : -c;
    }
    return idOf(a) - idOf(b);
  });
}
