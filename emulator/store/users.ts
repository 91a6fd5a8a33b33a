/**
 * The site's User Information List: SharePoint refers to people in items by a per-site
 * lookup id (AuthorLookupId "7"), not by their Entra object id. A user gets one on first write.
 */
import type { Db } from "./database";
import type { SiteUser } from "./model";

/** SharePoint hands out the first few ids to system accounts when a site is created. */
const FIRST_LOOKUP_ID = 6;

type Row = { lookup_id: number; upn: string; aad_id: string; display_name: string };

const toUser = (r: Row): SiteUser => ({
  lookupId: r.lookup_id,
  upn: r.upn,
  aadId: r.aad_id,
  displayName: r.display_name,
});

export function ensureSiteUser(
  db: Db,
  siteId: string,
  person: { upn: string; id: string; displayName: string },
): SiteUser {
  const found = db
    .prepare<[string, string], Row>("SELECT * FROM site_users WHERE site_id = ? AND upn = ?")
    .get(siteId, person.upn);
  if (found) return toUser(found);
  const next =
    db
      .prepare<[string], { m: number | null }>(
        "SELECT MAX(lookup_id) AS m FROM site_users WHERE site_id = ?",
      )
      .get(siteId)?.m ?? FIRST_LOOKUP_ID - 1;
  db.prepare(
    "INSERT INTO site_users (site_id, lookup_id, upn, aad_id, display_name) VALUES (?, ?, ?, ?, ?)",
  ).run(siteId, next + 1, person.upn, person.id, person.displayName);
  return { lookupId: next + 1, upn: person.upn, aadId: person.id, displayName: person.displayName };
}

export function siteUsersById(db: Db, siteId: string): Map<number, SiteUser> {
  const rows = db.prepare<[string], Row>("SELECT * FROM site_users WHERE site_id = ?").all(siteId);
  return new Map(rows.map((r) => [r.lookup_id, toUser(r)]));
}
