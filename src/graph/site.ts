/**
 * Addressing a SharePoint site and its lists by path, so no request is spent looking up ids:
 * `/sites/{hostname}:/{site-path}:/lists/{list-title}/items` (Graph's site-by-path addressing,
 * continued with a second colon).
 */
export type SiteAddress = {
  /** e.g. "council.sharepoint.com" */
  readonly hostname: string;
  /** Server-relative path, e.g. "/sites/ucb". */
  readonly path: string;
};

/** "https://council.sharepoint.com/sites/ucb" → { hostname, path }; null if it is not a site URL. */
export function parseSiteUrl(url: string): SiteAddress | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:") return null;
  const path = parsed.pathname.replace(/\/+$/, "");
  return path ? { hostname: parsed.hostname, path } : null;
}

export function sitePath(site: SiteAddress): string {
  const segments = site.path.split("/").filter(Boolean).map(encodeURIComponent);
  return `/sites/${site.hostname}:/${segments.join("/")}:`;
}

export function listPath(site: SiteAddress, listTitle: string): string {
  return `${sitePath(site)}/lists/${encodeURIComponent(listTitle)}`;
}
