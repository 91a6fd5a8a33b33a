/** The rows the emulator keeps, in the words of SharePoint. */

export type SiteRecord = {
  readonly id: string; // "hostname,{site-guid},{web-guid}"
  readonly hostname: string;
  readonly path: string; // server-relative, e.g. "/sites/ucb"
  readonly siteGuid: string;
  readonly webGuid: string;
  readonly displayName: string;
  readonly name: string;
  readonly created: string;
};

export type ListRecord = {
  /** Row number; names the list's item table. */
  readonly n: number;
  readonly id: string; // GUID
  readonly siteId: string;
  readonly displayName: string;
  /** URL segment under /Lists/. */
  readonly name: string;
  readonly description: string;
  readonly template: string;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: number;
  readonly modifiedBy: number;
  readonly version: number;
};

export const COLUMN_KINDS = ["text", "choice", "dateTime", "number", "boolean"] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

/** A list column created through Graph (or Title, which every generic list has). */
export type ColumnRecord = {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly columnGroup: string;
  readonly enforceUniqueValues: boolean;
  readonly hidden: boolean;
  readonly indexed: boolean;
  readonly readOnly: boolean;
  readonly required: boolean;
  readonly kind: ColumnKind;
  /** The type facet as Graph shows it, e.g. { allowMultipleLines: false, maxLength: 255 }. */
  readonly facet: Readonly<Record<string, unknown>>;
};

export type SqlValue = string | number | null;

/** One item as stored: system columns plus user columns keyed by column name. */
export type ItemRecord = {
  readonly id: number;
  readonly uniqueId: string;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly author: number;
  readonly editor: number;
  readonly values: Readonly<Record<string, SqlValue>>;
};

export type SiteUser = {
  readonly lookupId: number;
  readonly upn: string;
  readonly aadId: string;
  readonly displayName: string;
};
