/**
 * Graph paths the emulator serves, after the version segment:
 *   /$batch
 *   /sites/{site-id}/permissions[/{permission-id}]
 *   /sites/{site-id}[/lists[/{list}[/columns[/{column-id}] | /items[/delta | /{id}[/fields]]]]]
 *   /sites/{hostname}:/{server-relative-path}[:/lists…]
 *   /drives/{drive-id}…, /sites/{site}/drive…, /sites/{site}/drives, /sites/{site}/lists/{list}/drive…
 *     (document libraries: the rest is read by ../drive/paths.ts)
 * A site id is "host,guid,guid" (commas raw or %2C); a list is its id or its display name.
 */
import { badRequest, unknownSegment } from "./graph-error";

export type SiteRef =
  | { readonly by: "path"; readonly hostname: string; readonly path: string }
  | { readonly by: "id"; readonly id: string };

/** Which drive a drive path starts from: by id, the site's default library, or a library list. */
export type DriveRef =
  | { readonly by: "id"; readonly id: string }
  | { readonly by: "site"; readonly site: SiteRef }
  | { readonly by: "list"; readonly site: SiteRef; readonly list: string };

export type Route =
  | { readonly kind: "batch" }
  | { readonly kind: "drives"; readonly site: SiteRef }
  | { readonly kind: "drive"; readonly drive: DriveRef; readonly rest: string }
  | { readonly kind: "site"; readonly site: SiteRef }
  | { readonly kind: "permissions"; readonly site: SiteRef }
  | { readonly kind: "permission"; readonly site: SiteRef; readonly permission: string }
  | { readonly kind: "lists"; readonly site: SiteRef }
  | { readonly kind: "list"; readonly site: SiteRef; readonly list: string }
  | { readonly kind: "columns"; readonly site: SiteRef; readonly list: string }
  | {
      readonly kind: "column";
      readonly site: SiteRef;
      readonly list: string;
      readonly column: string;
    }
  | { readonly kind: "items"; readonly site: SiteRef; readonly list: string }
  | { readonly kind: "delta"; readonly site: SiteRef; readonly list: string }
  | { readonly kind: "item"; readonly site: SiteRef; readonly list: string; readonly item: string }
  | {
      readonly kind: "fields";
      readonly site: SiteRef;
      readonly list: string;
      readonly item: string;
    };

function decodePath(rawPath: string): string {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    throw badRequest("The request path is not correctly percent-encoded.", "BadRequest");
  }
}

const SITE_BY_PATH = /^([^/:,]+):(\/[^:]*?)\/?(?::(.*))?$/;

export function parseRoute(rawPath: string): Route {
  const path = decodePath(rawPath);
  if (path === "/$batch") return { kind: "batch" };
  if (path.startsWith("/drives/")) return driveById(path.slice("/drives/".length));
  const m = /^\/sites\/(.+)$/.exec(path);
  if (!m?.[1]) throw unknownSegment(path.split("/")[1] ?? "");
  const rest = m[1];
  let site: SiteRef;
  let tail: string;
  const byPath = SITE_BY_PATH.exec(rest);
  if (byPath?.[1] && byPath[2] !== undefined) {
    site = { by: "path", hostname: byPath[1], path: byPath[2] === "" ? "/" : byPath[2] };
    tail = byPath[3] ?? "";
  } else {
    const slash = rest.indexOf("/");
    site = { by: "id", id: slash < 0 ? rest : rest.slice(0, slash) };
    tail = slash < 0 ? "" : rest.slice(slash);
  }
  const segments = tail.split("/").slice(1);
  if (tail === "" || (segments.length === 1 && segments[0] === "")) return { kind: "site", site };
  const [s0, list, s2, s3, s4, ...more] = segments;
  if (s0 === "drive") return { kind: "drive", drive: { by: "site", site }, rest: tail.slice(6) };
  if (s0 === "drives") {
    return list === undefined || list === ""
      ? { kind: "drives", site }
      : driveById(tail.slice("/drives/".length));
  }
  if (s0 === "permissions") {
    if (s2 !== undefined) throw unknownSegment(s2);
    return list === undefined || list === ""
      ? { kind: "permissions", site }
      : { kind: "permission", site, permission: list };
  }
  if (s0 !== "lists") throw unknownSegment(s0 ?? "");
  if (s2 === "drive" && list) {
    const rest = tail.slice(`/lists/${list}/drive`.length);
    return { kind: "drive", drive: { by: "list", site, list }, rest };
  }
  if (list === undefined || list === "") return { kind: "lists", site };
  if (s2 === undefined) return { kind: "list", site, list };
  if (more.length > 0) throw unknownSegment(more[0] ?? "");
  if (s2 === "columns") {
    if (s4 !== undefined) throw unknownSegment(s4);
    return s3 === undefined
      ? { kind: "columns", site, list }
      : { kind: "column", site, list, column: s3 };
  }
  if (s2 !== "items") throw unknownSegment(s2);
  if (s3 === undefined) return { kind: "items", site, list };
  if (s3 === "delta" || s3 === "delta()") {
    if (s4 !== undefined) throw unknownSegment(s4);
    return { kind: "delta", site, list };
  }
  if (s4 === undefined) return { kind: "item", site, list, item: s3 };
  if (s4 === "fields") return { kind: "fields", site, list, item: s3 };
  throw unknownSegment(s4);
}

/** "{drive-id}[/rest]" after /drives/: ids ("b!…") hold neither "/" nor ":". */
function driveById(text: string): Route {
  const slash = text.indexOf("/");
  const id = slash < 0 ? text : text.slice(0, slash);
  if (id === "") throw unknownSegment("drives");
  return { kind: "drive", drive: { by: "id", id }, rest: slash < 0 ? "" : text.slice(slash) };
}
