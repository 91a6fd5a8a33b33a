/**
 * A list's fields as SharePoint REST shows them (SP.Field and its subtypes): the columns Graph
 * created, and the built-in fields every generic list has. Also how CAML reads each field.
 */
import type { ColumnRecord, ItemRecord } from "../store/model";
import type { FieldReader } from "./caml";

export type SpField = {
  readonly id: string;
  readonly internalName: string;
  readonly title: string;
  readonly description: string;
  /** SP.FieldText, SP.FieldChoice… */
  readonly type: string;
  readonly typeAsString: string;
  readonly fieldTypeKind: number;
  readonly required: boolean;
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly hidden: boolean;
  readonly readOnly: boolean;
  readonly group: string;
  readonly choices?: readonly string[];
  /** SP.FieldDateTime.DisplayFormat: 0 date only, 1 date and time. */
  readonly displayFormat?: number;
  readonly maxLength?: number;
  /** The user column this field stands for, when it is one. */
  readonly column?: ColumnRecord;
  readonly reader: FieldReader;
};

const value =
  (name: string) =>
  (item: unknown): string | number | null =>
    (item as ItemRecord).values[name] ?? null;

function fromColumn(c: ColumnRecord): SpField {
  const common = {
    id: c.id,
    internalName: c.name,
    title: c.displayName,
    description: c.description,
    required: c.required,
    indexed: c.indexed,
    enforceUniqueValues: c.enforceUniqueValues,
    hidden: c.hidden,
    readOnly: c.readOnly,
    group: c.columnGroup,
    column: c,
  };
  switch (c.kind) {
    case "text":
      return c.facet["allowMultipleLines"] === true
        ? {
            ...common,
            type: "SP.FieldMultiLineText",
            typeAsString: "Note",
            fieldTypeKind: 3,
            reader: { kind: "text", read: value(c.name) },
          }
        : {
            ...common,
            type: "SP.FieldText",
            typeAsString: "Text",
            fieldTypeKind: 2,
            maxLength: Number(c.facet["maxLength"] ?? 255),
            reader: { kind: "text", read: value(c.name) },
          };
    case "choice":
      return {
        ...common,
        type: "SP.FieldChoice",
        typeAsString: "Choice",
        fieldTypeKind: 6,
        choices: (c.facet["choices"] as string[] | undefined) ?? [],
        reader: { kind: "text", read: value(c.name) },
      };
    case "dateTime":
      return {
        ...common,
        type: "SP.FieldDateTime",
        typeAsString: "DateTime",
        fieldTypeKind: 4,
        displayFormat: c.facet["format"] === "dateOnly" ? 0 : 1,
        reader: { kind: "dateTime", read: value(c.name) },
      };
    case "number":
      return {
        ...common,
        type: "SP.FieldNumber",
        typeAsString: "Number",
        fieldTypeKind: 9,
        reader: { kind: "number", read: value(c.name) },
      };
    case "boolean":
      return {
        ...common,
        type: "SP.Field",
        typeAsString: "Boolean",
        fieldTypeKind: 8,
        reader: { kind: "boolean", read: value(c.name) },
      };
  }
}

const builtIn = (
  id: string,
  internalName: string,
  title: string,
  type: string,
  typeAsString: string,
  fieldTypeKind: number,
  reader: FieldReader,
  extra: Partial<SpField> = {},
): SpField => ({
  id,
  internalName,
  title,
  description: "",
  type,
  typeAsString,
  fieldTypeKind,
  required: false,
  indexed: false,
  enforceUniqueValues: false,
  hidden: false,
  readOnly: true,
  group: "_Hidden",
  reader,
  ...extra,
});

const item = (f: (i: ItemRecord) => string | number | null) => (x: unknown) => f(x as ItemRecord);

/** The fields every generic list has besides Title, with SharePoint's well-known ids. */
function builtInFields(title: ColumnRecord | undefined): SpField[] {
  const titleReader: FieldReader = { kind: "text", read: value("Title") };
  const linkTitle = title?.displayName ?? "Title";
  return [
    builtIn(
      "1d22ea11-1e32-424e-89ab-9fedbadb6ce1",
      "ID",
      "ID",
      "SP.FieldNumber",
      "Counter",
      5,
      {
        kind: "number",
        read: item((i) => i.id),
      },
      { indexed: true },
    ),
    builtIn(
      "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f",
      "Modified",
      "Modified",
      "SP.FieldDateTime",
      "DateTime",
      4,
      {
        kind: "dateTime",
        read: item((i) => i.modified),
      },
      { indexed: true, displayFormat: 1 },
    ),
    builtIn(
      "8c06beca-0777-48f7-91c7-6da68bc07b69",
      "Created",
      "Created",
      "SP.FieldDateTime",
      "DateTime",
      4,
      {
        kind: "dateTime",
        read: item((i) => i.created),
      },
      { indexed: true, displayFormat: 1 },
    ),
    builtIn(
      "1df5e554-ec7e-46a6-901d-d85a3881cb18",
      "Author",
      "Created By",
      "SP.FieldUser",
      "User",
      20,
      {
        kind: "number",
        read: item((i) => i.author),
      },
      { indexed: true },
    ),
    builtIn(
      "d31655d1-1d5b-4511-95a1-7a09e9b75bf2",
      "Editor",
      "Modified By",
      "SP.FieldUser",
      "User",
      20,
      {
        kind: "number",
        read: item((i) => i.editor),
      },
    ),
    builtIn(
      "67df98f4-9dec-48ff-a553-29bece9c5bf4",
      "Attachments",
      "Attachments",
      "SP.Field",
      "Attachments",
      19,
      {
        kind: "boolean",
        read: () => 0,
      },
    ),
    builtIn(
      "82642ec8-ef9b-478f-acf9-31f7d45fbc31",
      "LinkTitle",
      linkTitle,
      "SP.FieldComputed",
      "Computed",
      12,
      titleReader,
    ),
    builtIn(
      "bc91a437-52e7-49e1-8c4e-4698904b2b6d",
      "LinkTitleNoMenu",
      linkTitle,
      "SP.FieldComputed",
      "Computed",
      12,
      titleReader,
    ),
    builtIn(
      "c042a256-787d-4a6f-8a8a-cf6ab767f12d",
      "ContentType",
      "Content Type",
      "SP.FieldComputed",
      "Computed",
      12,
      {
        kind: "text",
        read: () => "Item",
      },
    ),
  ];
}

export function spFields(columns: readonly ColumnRecord[]): SpField[] {
  return [...columns.map(fromColumn), ...builtInFields(columns.find((c) => c.name === "Title"))];
}

/** getbyinternalnameortitle: the internal name first, then the display name (case-insensitive). */
export function findField(fields: readonly SpField[], nameOrTitle: string): SpField | undefined {
  const lower = nameOrTitle.toLowerCase();
  return (
    fields.find((f) => f.internalName === nameOrTitle) ??
    fields.find((f) => f.internalName.toLowerCase() === lower) ??
    fields.find((f) => f.title.toLowerCase() === lower)
  );
}

const xmlAttr = (s: string): string =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");

/** The field's SchemaXml, as far as the emulator knows it. */
export function schemaXml(f: SpField): string {
  const choices = f.choices
    ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${xmlAttr(c)}</CHOICE>`).join("")}</CHOICES>`
    : "";
  const attrs = [
    `Type="${f.typeAsString}"`,
    `DisplayName="${xmlAttr(f.title)}"`,
    `Required="${f.required ? "TRUE" : "FALSE"}"`,
    `Indexed="${f.indexed ? "TRUE" : "FALSE"}"`,
    `EnforceUniqueValues="${f.enforceUniqueValues ? "TRUE" : "FALSE"}"`,
    `ID="{${f.id}}"`,
    `StaticName="${f.internalName}"`,
    `Name="${f.internalName}"`,
    ...(f.displayFormat === undefined
      ? []
      : [`Format="${f.displayFormat === 0 ? "DateOnly" : "DateTime"}"`]),
  ].join(" ");
  return choices ? `<Field ${attrs}>${choices}</Field>` : `<Field ${attrs} />`;
}
