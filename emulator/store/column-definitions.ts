/**
 * Column definitions as Graph accepts them (POST …/columns, `columns` of POST …/lists, PATCH
 * …/columns/{id}) turned into the emulator's ColumnRecord, with Graph's refusals.
 */
import { badRequest } from "../http/graph-error";
import { newGuid } from "../util/ids";
import { COLUMN_KINDS, type ColumnKind, type ColumnRecord } from "./model";

/** Facets Graph knows but the emulator does not store (DESIGN §4 needs only the five above). */
const OTHER_FACETS = [
  "personOrGroup",
  "lookup",
  "hyperlinkOrPicture",
  "currency",
  "calculated",
  "term",
  "geolocation",
  "thumbnail",
  "contentApprovalStatus",
] as const;

/** Internal names SharePoint already uses on every generic list. */
export const SYSTEM_FIELD_NAMES = [
  "ID",
  "Created",
  "Modified",
  "Author",
  "Editor",
  "ContentType",
  "Attachments",
  "Edit",
  "LinkTitle",
  "LinkTitleNoMenu",
  "ItemChildCount",
  "FolderChildCount",
  "AuthorLookupId",
  "EditorLookupId",
] as const;

export const SINGLE_LINE_MAX = 255;

/** SharePoint's well-known id for the Title field of every list. */
export const TITLE_COLUMN_ID = "fa564e0f-0c70-4ab9-b863-0177e6ddd247";

export function titleColumn(): ColumnRecord {
  return {
    id: TITLE_COLUMN_ID,
    name: "Title",
    displayName: "Title",
    description: "",
    columnGroup: "Custom Columns",
    enforceUniqueValues: false,
    hidden: false,
    indexed: false,
    readOnly: false,
    required: true,
    kind: "text",
    facet: textFacet({}),
  };
}

type Body = Record<string, unknown>;

const UNKNOWN_TYPE = "Unable to determine type of provided column definition";

function asRecord(value: unknown, what: string): Body {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest(`${what} must be a JSON object.`);
  }
  return value as Body;
}

function optionalBool(body: Body, key: string, fallback: boolean): boolean {
  const v = body[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== "boolean") throw badRequest(`Property '${key}' must be a boolean.`);
  return v;
}

function optionalString(body: Body, key: string, fallback: string): string {
  const v = body[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== "string") throw badRequest(`Property '${key}' must be a string.`);
  return v;
}

function optionalNumber(body: Body, key: string): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw badRequest(`Property '${key}' must be a number.`);
  }
  return v;
}

function textFacet(given: Body): Record<string, unknown> {
  const multi = optionalBool(given, "allowMultipleLines", false);
  const maxLength = optionalNumber(given, "maxLength");
  if (!multi && maxLength !== undefined && (maxLength < 1 || maxLength > SINGLE_LINE_MAX)) {
    throw badRequest(`The maximum length of a single line of text is ${SINGLE_LINE_MAX}.`);
  }
  return multi
    ? {
        allowMultipleLines: true,
        appendChangesToExistingText: optionalBool(given, "appendChangesToExistingText", false),
        linesForEditing: optionalNumber(given, "linesForEditing") ?? 6,
        maxLength: 0,
        textType: optionalString(given, "textType", "plain"),
      }
    : {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: maxLength ?? SINGLE_LINE_MAX,
      };
}

function choiceFacet(given: Body): Record<string, unknown> {
  const choices = given["choices"] ?? [];
  if (!Array.isArray(choices) || !choices.every((c) => typeof c === "string")) {
    throw badRequest("Property 'choices' must be an array of strings.");
  }
  return {
    allowTextEntry: optionalBool(given, "allowTextEntry", false),
    choices,
    displayAs: optionalString(given, "displayAs", "dropDownMenu"),
  };
}

function dateTimeFacet(given: Body): Record<string, unknown> {
  const format = optionalString(given, "format", "dateTime");
  if (format !== "dateTime" && format !== "dateOnly") {
    throw badRequest("Property 'format' must be 'dateTime' or 'dateOnly'.");
  }
  return { displayAs: optionalString(given, "displayAs", "default"), format };
}

function numberFacet(given: Body): Record<string, unknown> {
  const minimum = optionalNumber(given, "minimum");
  const maximum = optionalNumber(given, "maximum");
  return {
    decimalPlaces: optionalString(given, "decimalPlaces", "automatic"),
    displayAs: optionalString(given, "displayAs", "number"),
    ...(maximum === undefined ? {} : { maximum }),
    ...(minimum === undefined ? {} : { minimum }),
  };
}

function facetFor(kind: ColumnKind, given: Body): Record<string, unknown> {
  switch (kind) {
    case "text":
      return textFacet(given);
    case "choice":
      return choiceFacet(given);
    case "dateTime":
      return dateTimeFacet(given);
    case "number":
      return numberFacet(given);
    case "boolean":
      return {};
  }
}

function kindOf(body: Body): ColumnKind {
  const present = COLUMN_KINDS.filter((k) => body[k] !== undefined && body[k] !== null);
  const others = OTHER_FACETS.filter((k) => body[k] !== undefined && body[k] !== null);
  if (others.length > 0 && present.length + others.length === 1) {
    throw badRequest(
      `The emulator does not implement '${others[0] ?? ""}' columns; use text, choice, dateTime, number or boolean.`,
    );
  }
  const [kind] = present;
  if (present.length !== 1 || others.length > 0 || kind === undefined)
    throw badRequest(UNKNOWN_TYPE);
  return kind;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Rules that hold for a column however it was reached (create or update). */
function checkConsistency(column: ColumnRecord): void {
  if (column.kind === "text" && column.facet["allowMultipleLines"] === true && column.indexed) {
    throw badRequest(`Column '${column.name}' holds multiple lines of text and cannot be indexed.`);
  }
  if (column.enforceUniqueValues && !column.indexed) {
    throw badRequest(
      `Column '${column.name}' must be indexed before it can enforce unique values.`,
    );
  }
}

export function parseNewColumn(raw: unknown): ColumnRecord {
  const body = asRecord(raw, "A column definition");
  const name = body["name"];
  if (typeof name !== "string" || !NAME.test(name)) {
    throw badRequest(
      "Property 'name' is required: letters, digits and underscores, starting with a letter.",
    );
  }
  if (SYSTEM_FIELD_NAMES.some((s) => s.toLowerCase() === name.toLowerCase())) {
    throw badRequest(`A duplicate field name "${name}" was found.`);
  }
  const kind = kindOf(body);
  const column: ColumnRecord = {
    id: newGuid(),
    name,
    displayName: optionalString(body, "displayName", name),
    description: optionalString(body, "description", ""),
    columnGroup: optionalString(body, "columnGroup", "Custom Columns"),
    enforceUniqueValues: optionalBool(body, "enforceUniqueValues", false),
    hidden: optionalBool(body, "hidden", false),
    indexed: optionalBool(body, "indexed", false),
    readOnly: optionalBool(body, "readOnly", false),
    required: optionalBool(body, "required", false),
    kind,
    facet: facetFor(kind, asRecord(body[kind], `Property '${kind}'`)),
  };
  checkConsistency(column);
  return column;
}

const PATCHABLE = new Set([
  "displayName",
  "description",
  "columnGroup",
  "enforceUniqueValues",
  "hidden",
  "indexed",
  "readOnly",
  "required",
  ...COLUMN_KINDS,
]);

export function applyColumnPatch(current: ColumnRecord, raw: unknown): ColumnRecord {
  const body = asRecord(raw, "The request body");
  for (const key of Object.keys(body)) {
    if (key.startsWith("@odata.")) continue;
    if (key === "id" || key === "name") {
      if (body[key] !== (key === "id" ? current.id : current.name)) {
        throw badRequest(`Property '${key}' of a column cannot be changed.`);
      }
      continue;
    }
    if (!PATCHABLE.has(key)) {
      throw badRequest(
        `Property '${key}' does not exist on type 'microsoft.graph.columnDefinition'.`,
      );
    }
    const kind = COLUMN_KINDS.find((k) => k === key);
    if (kind !== undefined && kind !== current.kind) {
      throw badRequest(
        `Column '${current.name}' is of type ${current.kind}; its type cannot be changed.`,
      );
    }
  }
  const facetPatch = body[current.kind];
  const next: ColumnRecord = {
    ...current,
    displayName: optionalString(body, "displayName", current.displayName),
    description: optionalString(body, "description", current.description),
    columnGroup: optionalString(body, "columnGroup", current.columnGroup),
    enforceUniqueValues: optionalBool(body, "enforceUniqueValues", current.enforceUniqueValues),
    hidden: optionalBool(body, "hidden", current.hidden),
    indexed: optionalBool(body, "indexed", current.indexed),
    readOnly: optionalBool(body, "readOnly", current.readOnly),
    required: optionalBool(body, "required", current.required),
    facet:
      facetPatch === undefined || facetPatch === null
        ? current.facet
        : facetFor(current.kind, {
            ...current.facet,
            ...asRecord(facetPatch, `Property '${current.kind}'`),
          }),
  };
  checkConsistency(next);
  return next;
}

export function isMultiLine(column: ColumnRecord): boolean {
  return column.kind === "text" && column.facet["allowMultipleLines"] === true;
}

export function sqlType(column: ColumnRecord): string {
  switch (column.kind) {
    case "text":
    case "choice":
      // SharePoint compares text case-insensitively (its SQL collation is case-insensitive).
      return "TEXT COLLATE NOCASE";
    case "dateTime":
      return "TEXT";
    case "number":
      return "REAL";
    case "boolean":
      return "INTEGER";
  }
}
