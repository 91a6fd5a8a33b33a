/** A parsed $filter as a parameterised SQL condition over a list's item table. */
import { badRequest } from "../http/graph-error";
import type { SqlValue } from "../store/model";
import { normaliseDateTime } from "../store/values";
import type { ComparisonOperator, FilterNode, Literal } from "./filter-parser";
import type { QueryField } from "./query-fields";

export type SqlCondition = { readonly sql: string; readonly params: SqlValue[] };

const SQL_OPERATOR: Record<ComparisonOperator, string> = {
  eq: "=",
  ne: "<>",
  lt: "<",
  le: "<=",
  gt: ">",
  ge: ">=",
};

function mismatch(field: QueryField, literal: Literal): Error {
  const shown = literal.type === "null" ? "null" : String(literal.value);
  return badRequest(
    `Invalid filter clause: the value ${shown} cannot be compared with field '${field.name}'.`,
  );
}

function parameterFor(field: QueryField, literal: Literal, timeZone: string): SqlValue {
  switch (field.kind) {
    case "text":
    case "choice":
      if (literal.type === "string") return literal.value;
      throw mismatch(field, literal);
    case "number":
    case "lookup": {
      if (literal.type === "number") return literal.value;
      // Lookup ids come back as strings ("7"), so clients often compare with a string.
      if (literal.type === "string" && /^-?\d+(\.\d+)?$/.test(literal.value)) {
        return Number(literal.value);
      }
      throw mismatch(field, literal);
    }
    case "boolean":
      if (literal.type === "boolean") return literal.value ? 1 : 0;
      if (literal.type === "number" && (literal.value === 0 || literal.value === 1)) {
        return literal.value;
      }
      throw mismatch(field, literal);
    case "dateTime": {
      if (literal.type !== "string" && literal.type !== "dateTime") throw mismatch(field, literal);
      const stored = normaliseDateTime(literal.value, false, timeZone);
      if (stored === null) throw mismatch(field, literal);
      return stored;
    }
  }
}

/** `\`, `%` and `_` are LIKE's own characters; escaped, the prefix matches literally. */
const likePrefix = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function compileFilter(
  node: FilterNode,
  resolve: (name: string) => QueryField,
  timeZone: string,
): SqlCondition {
  switch (node.kind) {
    case "and":
    case "or": {
      const left = compileFilter(node.left, resolve, timeZone);
      const right = compileFilter(node.right, resolve, timeZone);
      return {
        sql: `(${left.sql} ${node.kind.toUpperCase()} ${right.sql})`,
        params: [...left.params, ...right.params],
      };
    }
    case "startswith": {
      const field = resolve(node.field);
      if (field.kind !== "text" && field.kind !== "choice") {
        throw badRequest(
          `Invalid filter clause: startswith needs a text field, not '${field.name}'.`,
        );
      }
      // LIKE on a NOCASE column is case-insensitive, like SharePoint's BeginsWith, and can use
      // the column's index.
      return { sql: `${field.sql} LIKE ? ESCAPE '\\'`, params: [likePrefix(node.value)] };
    }
    case "compare": {
      const field = resolve(node.field);
      if (node.value.type === "null") {
        if (node.op === "eq") return { sql: `${field.sql} IS NULL`, params: [] };
        if (node.op === "ne") return { sql: `${field.sql} IS NOT NULL`, params: [] };
        throw mismatch(field, node.value);
      }
      const value = parameterFor(field, node.value, timeZone);
      if (node.op === "ne") {
        // OData: an empty value is "not equal" to any literal.
        return { sql: `(${field.sql} IS NULL OR ${field.sql} <> ?)`, params: [value] };
      }
      return { sql: `${field.sql} ${SQL_OPERATOR[node.op]} ?`, params: [value] };
    }
  }
}
