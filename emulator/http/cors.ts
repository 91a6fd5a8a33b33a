/**
 * CORS as Graph answers it (graph-lists.md §0.3): the add-in runs in a browser webview, so the
 * preflight must allow the SDK's headers (Retry-Attempt on retries, SdkVersion, Prefer, …) and
 * responses must expose Retry-After and ETag, or the SDK cannot read them.
 */
export const ALLOWED_REQUEST_HEADERS = [
  "Authorization",
  "Content-Type",
  "Content-Range",
  "Accept",
  "client-request-id",
  "SdkVersion",
  "Prefer",
  "If-Match",
  "If-None-Match",
  "ConsistencyLevel",
  "Retry-Attempt",
  "x-ms-client-request-id",
  "FeatureFlag",
  "Cache-Control",
  // SharePoint REST (views and formatting): verb tunnelling, digest and OData version headers.
  "X-HTTP-Method",
  "X-RequestDigest",
  "OData-Version",
  "OData-MaxVersion",
  "X-ClientService-ClientTag",
];

export const EXPOSED_RESPONSE_HEADERS = [
  "ETag",
  "Location",
  "Preference-Applied",
  "Content-Range",
  "request-id",
  "client-request-id",
  "ReadWriteConsistencyToken",
  "SdkVersion",
  "WWW-Authenticate",
  "x-ms-client-gcc-tenant",
  "Retry-After",
  "OData-Version",
];

export const ALLOWED_METHODS = ["GET", "POST", "PUT", "PATCH", "MERGE", "DELETE", "OPTIONS"];

/** Headers every response to a cross-origin request carries. */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (origin === undefined) return {};
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": EXPOSED_RESPONSE_HEADERS.join(", "),
  };
}

export function preflightHeaders(): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": ALLOWED_METHODS.join(", "),
    "Access-Control-Allow-Headers": ALLOWED_REQUEST_HEADERS.join(", "),
    "Access-Control-Max-Age": "3600",
  };
}
