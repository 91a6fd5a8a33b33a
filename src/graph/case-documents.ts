/**
 * CaseDocuments (src/app/ports.ts) over a SharePoint document library, "UCB Case Documents":
 * a folder per case reference with `letters` and `correspondence` beneath it. File names are
 * "<title> (<10 hex of SHA-256 of the key>).<ext>", so one key is always one file.
 */
import type { Client } from "@microsoft/microsoft-graph-client";
import {
  type CaseDocument,
  type CaseDocuments,
  type DocumentFolder,
  type NewDocument,
  StoreError,
  type StoredDocument,
} from "../app/ports";
import type { CaseRef } from "../domain/types";
import { drivePath, type DriveItemJson, uploadOnce } from "./drive-upload";
import { failureBehind, normaliseError } from "./errors";
import { sha256Hex } from "./keys";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy";
import { isRecord } from "./shape";
import { listPath, type SiteAddress } from "./site";

export const CASE_DOCUMENTS_LIBRARY = {
  title: "UCB Case Documents",
  description:
    "Letters as sent and copies of correspondence, in a folder per case. Managers and above only, as UCB Case Files; destroyed with the case (section 6).",
} as const;

export const DOCUMENT_FOLDERS: readonly DocumentFolder[] = ["letters", "correspondence"];

export type GraphCaseDocumentsOptions = {
  readonly client: Client;
  readonly site: SiteAddress;
  /** The library's display name, when the configuration renames it. */
  readonly libraryTitle?: string;
  readonly retry?: Partial<RetryPolicy>;
};

const area = "caseDocuments" as const;
const PAGE = 200;

/** SharePoint refuses " * : < > ? / \ | # % and names that start or end with a dot or space. */
export function safeFileTitle(title: string): string {
  const cleaned = title
    .replace(/["*:<>?/\\|#%~]/g, " ")
    .replace(/\p{Cc}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, "");
  return (cleaned || "Document").slice(0, 120).trim();
}

export async function documentName(doc: Pick<NewDocument, "title" | "key" | "extension">) {
  const tag = (await sha256Hex(doc.key)).slice(0, 10);
  return `${safeFileTitle(doc.title)} (${tag}).${doc.extension}`;
}

function toDocument(ref: CaseRef, folder: DocumentFolder, item: DriveItemJson): CaseDocument {
  const id = item["id"];
  const name = item["name"];
  if (typeof id !== "string" || typeof name !== "string") {
    throw new StoreError("invalidData", `A file of case ${ref} has no id or name`, area);
  }
  const created =
    typeof item["createdDateTime"] === "string" ? new Date(item["createdDateTime"]) : new Date(0);
  const createdBy =
    isRecord(item["createdBy"]) && isRecord(item["createdBy"]["user"])
      ? item["createdBy"]["user"]["displayName"]
      : undefined;
  return {
    ref,
    folder,
    id,
    name,
    size: typeof item["size"] === "number" ? item["size"] : 0,
    createdAt: Number.isNaN(created.getTime()) ? new Date(0) : created,
    ...(typeof createdBy === "string" ? { createdBy } : {}),
    webUrl: typeof item["webUrl"] === "string" ? item["webUrl"] : "",
  };
}

export class GraphCaseDocuments implements CaseDocuments {
  private readonly client: Client;
  private readonly site: SiteAddress;
  private readonly title: string;
  private readonly policy: RetryPolicy;
  private driveId: Promise<string> | undefined;

  constructor(options: GraphCaseDocumentsOptions) {
    this.client = options.client;
    this.site = options.site;
    this.title = options.libraryTitle ?? CASE_DOCUMENTS_LIBRARY.title;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  }

  /** The library's drive id: one request, then remembered (forgotten again if it failed). */
  private drive(): Promise<string> {
    this.driveId ??= this.client
      .api(`${listPath(this.site, this.title)}/drive`)
      .select("id")
      .get()
      .then((drive: unknown) => {
        if (!isRecord(drive) || typeof drive["id"] !== "string") {
          throw new StoreError("invalidData", `${this.title} has no drive id`, area);
        }
        return drive["id"];
      })
      .catch((e: unknown) => {
        this.driveId = undefined;
        throw normaliseError(e, area);
      });
    return this.driveId;
  }

  async store(doc: NewDocument): Promise<StoredDocument> {
    const driveId = await this.drive();
    const name = await documentName(doc);
    const { item, alreadyStored } = await uploadOnce(
      this.client,
      {
        driveId,
        path: [doc.ref, doc.folder, name],
        content: doc.content,
        contentType: doc.contentType,
        existing: doc.existing,
      },
      this.policy,
    );
    return { document: toDocument(doc.ref, doc.folder, item), alreadyStored };
  }

  /** Every page of a folder's children; none when the folder does not exist. */
  private async children(driveId: string, path: readonly string[]): Promise<DriveItemJson[]> {
    const out: DriveItemJson[] = [];
    let url: string | undefined = `${drivePath(driveId, path)}:/children?$top=${PAGE}`;
    try {
      while (url) {
        const page: unknown = await this.client.api(url).get();
        if (!isRecord(page) || !Array.isArray(page["value"])) break;
        out.push(...(page["value"] as unknown[]).filter(isRecord));
        const next = page["@odata.nextLink"];
        url = typeof next === "string" ? next : undefined;
      }
    } catch (e) {
      if (failureBehind(normaliseError(e, area))?.status === 404) return [];
      throw normaliseError(e, area);
    }
    return out;
  }

  async list(ref: CaseRef): Promise<readonly CaseDocument[]> {
    const driveId = await this.drive();
    const documents: CaseDocument[] = [];
    for (const folder of DOCUMENT_FOLDERS) {
      const items = await this.children(driveId, [ref, folder]);
      documents.push(
        ...items
          .filter((i) => isRecord(i["file"]))
          .map((i) => toDocument(ref, folder, i))
          .sort(
            (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.name.localeCompare(b.name),
          ),
      );
    }
    return documents;
  }

  /** Through the file's pre-authenticated download URL: `/content` answers 302, which CORS blocks. */
  async content(document: CaseDocument): Promise<Uint8Array> {
    const driveId = await this.drive();
    let url: unknown;
    try {
      const item: unknown = await this.client
        .api(`/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(document.id)}`)
        .select("id,@microsoft.graph.downloadUrl")
        .get();
      url = isRecord(item) ? item["@microsoft.graph.downloadUrl"] : undefined;
    } catch (e) {
      throw normaliseError(e, area);
    }
    if (typeof url !== "string") {
      throw new StoreError("invalidData", `${document.name} has no download URL`, area);
    }
    let response: Response;
    try {
      response = await fetch(url);
    } catch (e) {
      throw new StoreError("offline", e instanceof Error ? e.message : "Download failed", area);
    }
    if (!response.ok) {
      throw new StoreError(
        response.status === 404 ? "notFound" : "unavailable",
        `Downloading ${document.name}: HTTP ${response.status}`,
        area,
      );
    }
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Counts the files under the case's folder (any depth), then deletes the folder at once. */
  async deleteAll(ref: CaseRef): Promise<number> {
    const driveId = await this.drive();
    let folder: unknown;
    try {
      folder = await this.client
        .api(`${drivePath(driveId, [ref])}:`)
        .select("id")
        .get();
    } catch (e) {
      if (failureBehind(normaliseError(e, area))?.status === 404) return 0;
      throw normaliseError(e, area);
    }
    const id = isRecord(folder) ? folder["id"] : undefined;
    if (typeof id !== "string") return 0;
    const count = await this.countFiles(driveId, [ref]);
    try {
      await this.client
        .api(`/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(id)}`)
        .delete();
    } catch (e) {
      if (failureBehind(normaliseError(e, area))?.status !== 404) throw normaliseError(e, area);
    }
    return count;
  }

  private async countFiles(driveId: string, path: readonly string[]): Promise<number> {
    let n = 0;
    for (const child of await this.children(driveId, path)) {
      if (isRecord(child["folder"]) && typeof child["name"] === "string") {
        n += await this.countFiles(driveId, [...path, child["name"]]);
      } else if (isRecord(child["file"])) {
        n += 1;
      }
    }
    return n;
  }
}

export function createGraphCaseDocuments(options: GraphCaseDocumentsOptions): CaseDocuments {
  return new GraphCaseDocuments(options);
}
