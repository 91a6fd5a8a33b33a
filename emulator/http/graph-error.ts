/**
 * A Graph error as the emulator raises it: status, Graph's `code` and message, plus any extra
 * headers (Retry-After, WWW-Authenticate) and a nested innerError code where SharePoint sends one.
 */
export type InnerErrorDetail = { readonly code: string; readonly innerError?: InnerErrorDetail };

export class GraphHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly inner?: InnerErrorDetail,
  ) {
    super(message);
    this.name = "GraphHttpError";
  }
}

export const badRequest = (message: string, code = "invalidRequest"): GraphHttpError =>
  new GraphHttpError(400, code, message);

export const notFound = (message: string): GraphHttpError =>
  new GraphHttpError(404, "itemNotFound", message);

export const accessDenied = (message = "Access denied"): GraphHttpError =>
  new GraphHttpError(403, "accessDenied", message);

export const methodNotAllowed = (): GraphHttpError =>
  new GraphHttpError(
    405,
    "BadRequest",
    "Specified HTTP method is not allowed for the request target.",
  );

/** Graph's own answer for a path segment it has no resource for. */
export const unknownSegment = (segment: string): GraphHttpError =>
  badRequest(`Resource not found for the segment '${segment}'.`, "BadRequest");

/** The `date` Graph puts in innerError: UTC, seconds, no zone designator. */
export function innerErrorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function errorBody(
  error: GraphHttpError,
  requestId: string,
  clientRequestId: string,
  now: Date,
): { error: Record<string, unknown> } {
  return {
    error: {
      code: error.code,
      message: error.message,
      innerError: {
        ...(error.inner ?? {}),
        date: innerErrorDate(now),
        "request-id": requestId,
        "client-request-id": clientRequestId,
      },
    },
  };
}
