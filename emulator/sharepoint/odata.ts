/**
 * SharePoint REST's three JSON formats (OData v3), chosen by the Accept header:
 *   verbose   application/json;odata=verbose         {"d":{…,"__metadata":{…}}}, {"d":{"results":[…]}}
 *   minimal   application/json[;odata=minimalmetadata] {"odata.metadata":…,"value":[…]}, "odata.type"…
 *   none      application/json;odata=nometadata      {"value":[…]}, bare objects
 * and the request bodies that go with them: a verbose body must carry "__metadata":{"type":…},
 * and its arrays come as {"results":[…]}.
 */
import { badQuery, SpError } from "./errors";

export type Mode = "verbose" | "minimal" | "none";

export const CONTENT_TYPES: Readonly<Record<Mode, string>> = {
  verbose: "application/json;odata=verbose;charset=utf-8",
  minimal: "application/json;odata=minimalmetadata;streaming=true;charset=utf-8",
  none: "application/json;odata=nometadata;streaming=true;charset=utf-8",
};

/** The format an Accept header asks for; JSON light with minimal metadata by default. */
export function responseMode(accept: string | undefined): Mode {
  const a = (accept ?? "").toLowerCase();
  if (a.includes("odata=verbose")) return "verbose";
  if (a.includes("odata=nometadata")) return "none";
  if (a !== "" && !a.includes("json") && !a.includes("*/*")) {
    throw new SpError(
      406,
      "-1, Microsoft.SharePoint.Client.ClientServiceException",
      `The emulator answers SharePoint REST in JSON only (application/json;odata=verbose, minimalmetadata or nometadata), not '${accept ?? ""}'.`,
    );
  }
  return "minimal";
}

export function isVerboseBody(contentType: string | undefined): boolean {
  return (contentType ?? "").toLowerCase().includes("odata=verbose");
}

/** A resource as the handlers describe it; the renderer writes it in the asked-for format. */
export type Entity = {
  /** e.g. "SP.View" */
  readonly type: string;
  /** Absolute URI of the resource, e.g. "https://…/_api/Web/Lists(guid'…')/Views(guid'…')". */
  readonly uri: string;
  /** The same, relative to /_api, as odata.editLink writes it. */
  readonly editLink: string;
  readonly etag?: string;
  readonly props: Readonly<Record<string, unknown>>;
  /** Navigation properties: deferred (a URI segment) unless expanded. */
  readonly nav?: Readonly<Record<string, Entity | readonly Entity[] | null>>;
};

/** Collection(Edm.String) and other arrays of primitives. */
function verboseValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    const type = value.every((v) => typeof v === "string")
      ? "Collection(Edm.String)"
      : "Collection(Edm.Int32)";
    return { __metadata: { type }, results: value };
  }
  return value;
}

function selectProps(
  props: Readonly<Record<string, unknown>>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (!select) return { ...props };
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  return Object.fromEntries(Object.entries(props).filter(([k]) => wanted.has(k.toLowerCase())));
}

export type RenderOptions = {
  readonly select?: readonly string[];
  readonly expand?: readonly string[];
};

function expandedNames(entity: Entity, options: RenderOptions): Set<string> {
  const wanted = new Set((options.expand ?? []).map((e) => e.toLowerCase()));
  return new Set(Object.keys(entity.nav ?? {}).filter((n) => wanted.has(n.toLowerCase())));
}

export function renderEntity(
  entity: Entity,
  mode: Mode,
  options: RenderOptions = {},
): Record<string, unknown> {
  const expanded = expandedNames(entity, options);
  const props = selectProps(entity.props, options.select);
  const out: Record<string, unknown> = {};
  if (mode === "verbose") {
    out["__metadata"] = {
      id: entity.uri,
      uri: entity.uri,
      ...(entity.etag ? { etag: entity.etag } : {}),
      type: entity.type,
    };
  } else if (mode === "minimal") {
    out["odata.type"] = entity.type;
    out["odata.id"] = entity.uri;
    if (entity.etag) out["odata.etag"] = entity.etag;
    out["odata.editLink"] = entity.editLink;
  }
  for (const [name, target] of Object.entries(entity.nav ?? {})) {
    if (expanded.has(name)) {
      out[name] = renderNav(target, mode);
    } else if (mode === "verbose") {
      out[name] = { __deferred: { uri: `${entity.uri}/${name}` } };
    } else if (mode === "minimal" && (!options.select || options.select.includes(name))) {
      out[`${name}@odata.navigationLinkUrl`] = `${entity.editLink}/${name}`;
    }
  }
  for (const [k, v] of Object.entries(props)) out[k] = mode === "verbose" ? verboseValue(v) : v;
  return out;
}

function renderNav(target: Entity | readonly Entity[] | null, mode: Mode): unknown {
  if (target === null) return null;
  if (Array.isArray(target)) {
    const list = (target as readonly Entity[]).map((e) => renderEntity(e, mode));
    return mode === "verbose" ? { results: list } : list;
  }
  return renderEntity(target as Entity, mode);
}

/** A whole response body for one entity. */
export function entityBody(
  entity: Entity,
  mode: Mode,
  metadataUrl: string,
  options: RenderOptions = {},
): unknown {
  const body = renderEntity(entity, mode, options);
  if (mode === "verbose") return { d: body };
  if (mode === "minimal") return { "odata.metadata": `${metadataUrl}/@Element`, ...body };
  return body;
}

export function collectionBody(
  entities: readonly Entity[],
  mode: Mode,
  metadataUrl: string,
  options: RenderOptions = {},
): unknown {
  const value = entities.map((e) => renderEntity(e, mode, options));
  if (mode === "verbose") return { d: { results: value } };
  if (mode === "minimal") return { "odata.metadata": metadataUrl, value };
  return { value };
}

/** One primitive property read on its own (GET …/Views(…)/ViewQuery). */
export function propertyBody(
  name: string,
  value: unknown,
  mode: Mode,
  metadataUrl: string,
): unknown {
  if (mode === "verbose") return { d: { [name]: verboseValue(value) } };
  if (mode === "minimal") return { "odata.metadata": metadataUrl, value };
  return { value };
}

/** What a method returning nothing answers. */
export function voidBody(method: string, mode: Mode): unknown {
  return mode === "verbose" ? { d: { [method]: null } } : { "odata.null": true };
}

/** A complex-typed result (SP.ContextWebInformation). */
export function complexBody(
  method: string,
  type: string,
  props: Record<string, unknown>,
  mode: Mode,
  metadataUrl: string,
): unknown {
  if (mode === "verbose") {
    const inner: Record<string, unknown> = { __metadata: { type } };
    for (const [k, v] of Object.entries(props)) inner[k] = verboseValue(v);
    return { d: { [method]: inner } };
  }
  if (mode === "minimal") return { "odata.metadata": `${metadataUrl}#${type}`, ...props };
  return props;
}

export function errorBody(error: SpError, mode: Mode): unknown {
  const inner = { code: error.code, message: { lang: "en-US", value: error.message } };
  return mode === "verbose" ? { error: inner } : { "odata.error": inner };
}

type Json = Record<string, unknown>;

function unwrapResults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapResults);
  if (typeof value !== "object" || value === null) return value;
  const o = value as Json;
  if (
    Array.isArray(o["results"]) &&
    Object.keys(o).every((k) => k === "results" || k === "__metadata")
  ) {
    return (o["results"] as unknown[]).map(unwrapResults);
  }
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (k !== "__metadata") out[k] = unwrapResults(v);
  return out;
}

/**
 * A request body as the handlers read it: a JSON object with verbose's __metadata checked and
 * removed and its {"results":[…]} arrays flattened. `types` are the entity types the resource takes.
 */
export function readBody(
  body: unknown,
  verbose: boolean,
  types: readonly string[],
  nested?: { readonly property: string; readonly types: readonly string[] },
): Json {
  if (body === undefined) return {};
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw badQuery("The request body must be a JSON object.");
  }
  const b = body as Json;
  if (verbose) {
    const checkType = (o: unknown, allowed: readonly string[]) => {
      const meta = (o as Json)["__metadata"];
      const type = typeof meta === "object" && meta !== null ? (meta as Json)["type"] : undefined;
      if (type === undefined) {
        throw badQuery(
          "An entry without a type name was found, but no expected type was specified. To allow entries without type information, the expected type must also be specified when the model is specified.",
        );
      }
      if (typeof type !== "string" || !allowed.includes(type)) {
        throw badQuery(
          `A type named '${typeof type === "string" ? type : JSON.stringify(type)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
        );
      }
    };
    if (nested) {
      const inner = b[nested.property];
      if (typeof inner !== "object" || inner === null) {
        throw badQuery(`The parameter '${nested.property}' is missing from the request body.`);
      }
      checkType(inner, nested.types);
    } else if (types.length > 0) {
      checkType(b, types);
    }
  }
  return unwrapResults(b) as Json;
}
