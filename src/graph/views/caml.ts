/**
 * CAML for the views' queries, written the way SharePoint stores a view's query (double-quoted
 * attributes, a space before "/>"), so what provisioning reads back compares equal to what it
 * wrote. learn.microsoft.com/sharepoint/dev/schema/query-schema.
 */

const escape = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export type ValueType = "Text" | "Choice" | "DateTime" | "Number";

const ref = (field: string): string => `<FieldRef Name="${field}" />`;
const value = (type: ValueType, text: string): string =>
  `<Value Type="${type}">${escape(text)}</Value>`;

export const eq = (field: string, type: ValueType, v: string): string =>
  `<Eq>${ref(field)}${value(type, v)}</Eq>`;

export const inValues = (field: string, type: ValueType, values: readonly string[]): string =>
  `<In>${ref(field)}<Values>${values.map((v) => value(type, v)).join("")}</Values></In>`;

/** `field` on or before today + `days` (the site's today; date part only, as CAML compares). */
export const onOrBeforeToday = (field: string, days: number): string =>
  `<Leq>${ref(field)}<Value Type="DateTime"><Today OffsetDays="${days}" /></Value></Leq>`;

/** CAML's And and Or take two conditions; more are nested left to right. */
function join(op: "And" | "Or", conditions: readonly string[]): string {
  const [first, ...rest] = conditions;
  if (first === undefined) throw new Error(`${op} needs a condition`);
  return rest.reduce((left, right) => `<${op}>${left}${right}</${op}>`, first);
}
export const and = (...c: readonly string[]): string => join("And", c);
export const or = (...c: readonly string[]): string => join("Or", c);

export type Sort = { readonly field: string; readonly ascending: boolean };

export function viewQuery(spec: {
  readonly where?: string;
  readonly groupBy?: string;
  readonly orderBy: readonly Sort[];
}): string {
  const where = spec.where ? `<Where>${spec.where}</Where>` : "";
  const groupBy = spec.groupBy ? `<GroupBy Collapse="FALSE">${ref(spec.groupBy)}</GroupBy>` : "";
  const orderBy =
    spec.orderBy.length > 0
      ? `<OrderBy>${spec.orderBy
          .map((s) => `<FieldRef Name="${s.field}"${s.ascending ? "" : ' Ascending="FALSE"'} />`)
          .join("")}</OrderBy>`
      : "";
  return `${where}${groupBy}${orderBy}`;
}

/**
 * CAML as SharePoint may hand it back, reduced to one form: no white space between elements,
 * double-quoted attributes, " />". Two queries mean the same when these are equal.
 */
export function normaliseCaml(caml: string): string {
  return caml
    .trim()
    .replace(/>\s+</g, "><")
    .replace(/<[^>]+>/g, (tag) =>
      tag.replace(/(\s[\w:]+)\s*=\s*'([^']*)'/g, '$1="$2"').replace(/\s*\/>$/, " />"),
    );
}
