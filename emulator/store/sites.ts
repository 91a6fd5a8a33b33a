import type { Db } from "./database";
import type { SiteRecord } from "./model";
import { guidFromName } from "../util/ids";
import { nowSharePointTime } from "../util/time";

type SiteRow = {
  id: string;
  hostname: string;
  path: string;
  site_guid: string;
  web_guid: string;
  display_name: string;
  name: string;
  created: string;
};

const toSite = (r: SiteRow): SiteRecord => ({
  id: r.id,
  hostname: r.hostname,
  path: r.path,
  siteGuid: r.site_guid,
  webGuid: r.web_guid,
  displayName: r.display_name,
  name: r.name,
  created: r.created,
});

/** Creates the site collection on first start; later starts find it in the file. */
export function ensureSite(db: Db, hostname: string, path: string): SiteRecord {
  const existing = findSiteByPath(db, hostname, path);
  if (existing) return existing;
  const host = hostname.toLowerCase();
  const siteGuid = guidFromName(`site:${host}${path.toLowerCase()}`);
  const webGuid = guidFromName(`web:${host}${path.toLowerCase()}`);
  const name = path.split("/").filter(Boolean).at(-1) ?? host;
  db.prepare(
    `INSERT INTO sites (id, hostname, path, site_guid, web_guid, display_name, name, created)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    `${host},${siteGuid},${webGuid}`,
    host,
    path,
    siteGuid,
    webGuid,
    name.toUpperCase(),
    name,
    nowSharePointTime(),
  );
  const created = findSiteByPath(db, hostname, path);
  if (!created) throw new Error("site was not stored");
  return created;
}

export function findSiteByPath(db: Db, hostname: string, path: string): SiteRecord | undefined {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const row = db
    .prepare<[string, string], SiteRow>("SELECT * FROM sites WHERE hostname = ? AND path = ?")
    .get(hostname, trimmed);
  return row ? toSite(row) : undefined;
}

/** By Graph site id: "host,siteGuid,webGuid" (also just "siteGuid,webGuid" after the host). */
export function findSiteById(db: Db, id: string): SiteRecord | undefined {
  const parts = id.split(",");
  if (parts.length !== 3) return undefined;
  const [host, siteGuid, webGuid] = parts as [string, string, string];
  const row = db
    .prepare<[string, string, string], SiteRow>(
      "SELECT * FROM sites WHERE hostname = ? AND site_guid = ? COLLATE NOCASE AND web_guid = ? COLLATE NOCASE",
    )
    .get(host, siteGuid, webGuid);
  return row ? toSite(row) : undefined;
}
