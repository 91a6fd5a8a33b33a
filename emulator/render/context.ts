/** What every rendered resource needs to know about where it lives. */
import type { ListRecord, SiteRecord, SiteUser } from "../store/model";

export type SiteContext = {
  /** e.g. "https://localhost:4443/v1.0" */
  readonly graphUrl: string;
  readonly site: SiteRecord;
  readonly users: ReadonlyMap<number, SiteUser>;
};

export type ListContext = SiteContext & { readonly list: ListRecord };

/** `sites('host%2Cguid%2Cguid')`, as Graph writes the site id inside @odata.context. */
export const siteSegment = (site: SiteRecord): string =>
  `sites('${site.id.replaceAll(",", "%2C")}')`;

export const metadata = (ctx: SiteContext, path: string): string =>
  `${ctx.graphUrl}/$metadata#${path}`;

export const siteWebUrl = (site: SiteRecord): string => `https://${site.hostname}${site.path}`;

export const listWebUrl = (ctx: ListContext): string =>
  `${siteWebUrl(ctx.site)}/Lists/${ctx.list.name}`;

export function identitySet(ctx: SiteContext, lookupId: number): Record<string, unknown> {
  const user = ctx.users.get(lookupId);
  return user
    ? { user: { email: user.upn, id: user.aadId, displayName: user.displayName } }
    : { user: { displayName: "System Account" } };
}

/** Keeps the properties named in $select (plus annotations); all of them without one. */
export function applySelect(
  body: Record<string, unknown>,
  select: readonly string[] | undefined,
): Record<string, unknown> {
  if (!select) return body;
  const wanted = new Set(select.map((s) => s.toLowerCase()));
  return Object.fromEntries(
    Object.entries(body).filter(([k]) => k.startsWith("@odata.") || wanted.has(k.toLowerCase())),
  );
}
