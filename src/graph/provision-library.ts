/**
 * Creates the UCB Case Documents library through Graph, idempotently, beside the six lists:
 * `POST /sites/{id}/lists` with the documentLibrary template when no list of that name exists.
 * Its permissions (as UCB Case Files: managers and above) are set by hand, like the lists'
 * (admin-setup.md); the report says so until they are.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import { StoreError } from "../app/ports";
import { CASE_DOCUMENTS_LIBRARY } from "./case-documents";
import { normaliseError } from "./errors";
import type { ProvisionReport } from "./provision";
import { isRecord } from "./shape";
import { sitePath, type SiteAddress } from "./site";

export type LibraryOptions = {
  /** The library's display name, when the configuration renames it. */
  readonly title?: string;
  readonly log?: (line: string) => void;
};

/** The same permissions as UCB Case Files: the library holds the same kind of record. */
export const LIBRARY_PERMISSIONS_STEP =
  "give it the permissions of UCB Case Files (UCB Managers: UCB Add and edit; UCB Helpdesk: Contribute; UCB Owners: Full Control; UCB Staff: no access), as in docs/admin-setup.md";

async function call<T>(what: () => Promise<T>): Promise<T> {
  try {
    return await what();
  } catch (e) {
    throw normaliseError(e, "caseDocuments");
  }
}

export async function provisionCaseDocuments(
  client: Client,
  site: SiteAddress,
  options: LibraryOptions = {},
): Promise<ProvisionReport> {
  const log = options.log ?? (() => undefined);
  const title = options.title ?? CASE_DOCUMENTS_LIBRARY.title;
  const found: unknown = await call(() =>
    client
      .api(`${sitePath(site)}/lists`)
      .filter(`displayName eq '${title.replaceAll("'", "''")}'`)
      .select("id,displayName,list")
      .get(),
  );
  const existing =
    isRecord(found) && Array.isArray(found["value"])
      ? found["value"].filter(isRecord)[0]
      : undefined;
  if (existing) {
    const template = isRecord(existing["list"]) ? existing["list"]["template"] : undefined;
    if (template !== undefined && template !== "documentLibrary") {
      const warning = `${title}: a list of this name exists but is not a document library (${JSON.stringify(template)}); rename or remove it by hand`;
      log(warning);
      return { changes: [], warnings: [warning] };
    }
    return { changes: [], warnings: [] };
  }
  const created: unknown = await call(() =>
    client.api(`${sitePath(site)}/lists`).post({
      displayName: title,
      description: CASE_DOCUMENTS_LIBRARY.description,
      list: { template: "documentLibrary" },
    }),
  );
  if (!isRecord(created) || typeof created["id"] !== "string") {
    throw new StoreError("invalidData", `Graph did not return the id of ${title}`, "caseDocuments");
  }
  const change = `${title}: created the document library; ${LIBRARY_PERMISSIONS_STEP}`;
  log(change);
  return { changes: [change], warnings: [] };
}
