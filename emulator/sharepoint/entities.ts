/**
 * The SharePoint REST resources (SP.Web, SP.List, SP.Field…, SP.View, SP.ViewFieldCollection,
 * list items) as entities for the renderer, with the properties PnPjs and Microsoft's pages name.
 */
import { fromSqlValue } from "../store/values";
import type { ColumnRecord, ItemRecord, ListRecord } from "../store/model";
import type { SpContext } from "./context";
import { schemaXml, type SpField } from "./fields";
import type { Entity } from "./odata";
import type { ViewRecord } from "./store";

export const listUri = (ctx: SpContext, list: ListRecord): string =>
  `${ctx.apiBase}/Web/Lists(guid'${list.id}')`;
const listEdit = (list: ListRecord): string => `Web/Lists(guid'${list.id}')`;

export const listServerUrl = (ctx: SpContext, list: ListRecord): string =>
  `${ctx.site.path === "/" ? "" : ctx.site.path}/Lists/${list.name}`;

export function webEntity(ctx: SpContext): Entity {
  return {
    type: "SP.Web",
    uri: `${ctx.apiBase}/Web`,
    editLink: "Web",
    props: {
      Id: ctx.site.webGuid,
      Title: ctx.site.displayName,
      Description: "",
      Created: ctx.site.created,
      Language: 1033,
      ServerRelativeUrl: ctx.site.path,
      Url: ctx.webUrl,
      WebTemplate: "STS",
    },
    nav: { Lists: null },
  };
}

export function listEntity(
  ctx: SpContext,
  list: ListRecord,
  itemCount: number,
  defaultView: ViewRecord | undefined,
): Entity {
  return {
    type: "SP.List",
    uri: listUri(ctx, list),
    editLink: listEdit(list),
    etag: `"${list.version}"`,
    props: {
      BaseTemplate: 100,
      BaseType: 0,
      Created: list.created,
      DefaultViewUrl: defaultView ? `${listServerUrl(ctx, list)}/${defaultView.urlName}.aspx` : "",
      Description: list.description,
      EnableAttachments: true,
      EnableVersioning: true,
      EntityTypeName: `${list.name}List`,
      Hidden: false,
      Id: list.id,
      ItemCount: itemCount,
      LastItemModifiedDate: list.modified,
      ListItemEntityTypeFullName: `SP.Data.${list.name}ListItem`,
      ParentWebUrl: ctx.site.path,
      Title: list.displayName,
    },
    nav: { Fields: null, Views: null, Items: null, DefaultView: null },
  };
}

export function fieldEntity(
  ctx: SpContext,
  list: ListRecord,
  field: SpField,
  customFormatter: string | null,
): Entity {
  const builtIn = field.column === undefined;
  return {
    type: field.type,
    uri: `${listUri(ctx, list)}/Fields(guid'${field.id}')`,
    editLink: `${listEdit(list)}/Fields(guid'${field.id}')`,
    props: {
      CanBeDeleted: !builtIn && field.internalName !== "Title",
      CustomFormatter: customFormatter,
      Description: field.description,
      EnforceUniqueValues: field.enforceUniqueValues,
      EntityPropertyName: field.internalName,
      FieldTypeKind: field.fieldTypeKind,
      Filterable: true,
      Group: field.group,
      Hidden: field.hidden,
      Id: field.id,
      Indexed: field.indexed,
      InternalName: field.internalName,
      ReadOnlyField: field.readOnly,
      Required: field.required,
      SchemaXml: schemaXml(field),
      Sortable: true,
      StaticName: field.internalName,
      Title: field.title,
      TypeAsString: field.typeAsString,
      ...(field.choices ? { Choices: [...field.choices] } : {}),
      ...(field.displayFormat === undefined ? {} : { DisplayFormat: field.displayFormat }),
      ...(field.maxLength === undefined ? {} : { MaxLength: field.maxLength }),
    },
  };
}

const fieldRefs = (fields: readonly string[]): string =>
  fields.map((f) => `<FieldRef Name="${f}" />`).join("");

/** The whole view definition, as SP.View.ListViewXml gives it (and SetViewXml takes it). */
export function listViewXml(ctx: SpContext, list: ListRecord, view: ViewRecord): string {
  const flag = (b: boolean) => (b ? "TRUE" : "FALSE");
  return [
    `<View Name="{${view.id.toUpperCase()}}" DefaultView="${flag(view.defaultView)}"`,
    ` MobileView="${flag(view.mobileView)}" MobileDefaultView="${flag(view.mobileDefaultView)}"`,
    ` Type="HTML" DisplayName="${view.title.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"`,
    ` Url="${listServerUrl(ctx, list)}/${view.urlName}.aspx" Level="1" BaseViewID="1" ContentTypeID="0x"`,
    ` ImageUrl="/_layouts/15/images/generic.png?rev=47">`,
    `<Query>${view.viewQuery}</Query>`,
    `<ViewFields>${fieldRefs(view.viewFields)}</ViewFields>`,
    `<RowLimit Paged="${flag(view.paged)}">${view.rowLimit}</RowLimit>`,
    `<JSLink>${view.jsLink}</JSLink><XslLink Default="TRUE">main.xsl</XslLink><Toolbar Type="Standard"/>`,
    `</View>`,
  ].join("");
}

export const viewUri = (ctx: SpContext, list: ListRecord, view: ViewRecord): string =>
  `${listUri(ctx, list)}/Views(guid'${view.id}')`;

export function viewFieldsEntity(ctx: SpContext, list: ListRecord, view: ViewRecord): Entity {
  return {
    type: "SP.ViewFieldCollection",
    uri: `${viewUri(ctx, list, view)}/ViewFields`,
    editLink: `${listEdit(list)}/Views(guid'${view.id}')/ViewFields`,
    props: { Items: [...view.viewFields], SchemaXml: fieldRefs(view.viewFields) },
  };
}

export function viewEntity(ctx: SpContext, list: ListRecord, view: ViewRecord): Entity {
  const xml = listViewXml(ctx, list, view);
  return {
    type: "SP.View",
    uri: viewUri(ctx, list, view),
    editLink: `${listEdit(list)}/Views(guid'${view.id}')`,
    props: {
      Aggregations: view.aggregations,
      AggregationsStatus: view.aggregationsStatus,
      BaseViewId: "1",
      CustomFormatter: view.customFormatter,
      DefaultView: view.defaultView,
      DefaultViewForContentType: false,
      EditorModified: false,
      Hidden: view.hidden,
      HtmlSchemaXml: xml,
      Id: view.id,
      ImageUrl: "/_layouts/15/images/generic.png?rev=47",
      IncludeRootFolder: view.includeRootFolder,
      JSLink: view.jsLink,
      ListViewXml: xml,
      MobileDefaultView: view.mobileDefaultView,
      MobileView: view.mobileView,
      OrderedView: false,
      Paged: view.paged,
      PersonalView: false,
      ReadOnlyView: false,
      RowLimit: view.rowLimit,
      Scope: view.scope,
      ServerRelativeUrl: `${listServerUrl(ctx, list)}/${view.urlName}.aspx`,
      TabularView: view.tabularView,
      Threaded: false,
      Title: view.title,
      ViewData: null,
      ViewJoins: null,
      ViewProjectedFields: null,
      ViewQuery: view.viewQuery,
      ViewType: "HTML",
    },
    nav: { ViewFields: viewFieldsEntity(ctx, list, view) },
  };
}

/** A list item as SharePoint REST writes it: Id/ID, AuthorId/EditorId, GUID, every column. */
export function itemEntity(
  ctx: SpContext,
  list: ListRecord,
  columns: readonly ColumnRecord[],
  item: ItemRecord,
): Entity {
  const values: Record<string, unknown> = {};
  for (const c of columns) values[c.name] = fromSqlValue(c, item.values[c.name]) ?? null;
  return {
    type: `SP.Data.${list.name}ListItem`,
    uri: `${listUri(ctx, list)}/Items(${item.id})`,
    editLink: `${listEdit(list)}/Items(${item.id})`,
    etag: `"${item.version}"`,
    props: {
      FileSystemObjectType: 0,
      Id: item.id,
      ContentTypeId: "0x0100",
      ...values,
      ID: item.id,
      Modified: item.modified,
      Created: item.created,
      AuthorId: item.author,
      EditorId: item.editor,
      OData__UIVersionString: `${item.version}.0`,
      Attachments: false,
      GUID: item.uniqueId,
    },
  };
}
