/**
 * SharePoint REST's errors, as its OData service writes them: an HRESULT and .NET type in `code`,
 * the message under `message.value`. JSON light wraps them in "odata.error", verbose in "error"
 * (docs/emulator.md, SharePoint REST).
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "SpError";
  }
}

const ARGUMENT = "-1, System.ArgumentException";
const SP_EXCEPTION = "-2146232832, Microsoft.SharePoint.SPException";
const INVALID_QUERY = "-1, Microsoft.SharePoint.Client.InvalidClientQueryException";

export const accessDenied = (): SpError =>
  new SpError(
    403,
    "-2147024891, System.UnauthorizedAccessException",
    "Access denied. You do not have permission to perform this action or access this resource.",
  );

export const listNotFound = (list: string, webUrl: string): SpError =>
  new SpError(404, ARGUMENT, `List '${list}' does not exist at site with URL '${webUrl}'.`);

export const fieldNotFound = (field: string): SpError =>
  new SpError(
    400,
    SP_EXCEPTION,
    `Column '${field}' does not exist. It may have been deleted by another user.`,
  );

export const viewNotFound = (): SpError =>
  new SpError(404, SP_EXCEPTION, "The specified view is invalid.");

export const itemNotFound = (): SpError =>
  new SpError(404, ARGUMENT, "Item does not exist. It may have been deleted by another user.");

export const unknownResource = (segment: string): SpError =>
  new SpError(404, INVALID_QUERY, `Cannot find resource for the request ${segment}.`);

export const badQuery = (message: string): SpError => new SpError(400, INVALID_QUERY, message);

export const badCaml = (message: string): SpError => new SpError(400, SP_EXCEPTION, message);

/** SharePoint's answer for a CAML query naming a field the list does not have. */
export const unknownCamlField = (): SpError =>
  badCaml(
    "One or more field types are not installed properly. Go to the list settings page to delete these fields.",
  );

export const unknownProperty = (property: string, type: string): SpError =>
  badQuery(
    `The property '${property}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
  );

export const wrongMethod = (method: string, resource: string): SpError =>
  new SpError(
    405,
    "-1, Microsoft.SharePoint.Client.ClientServiceException",
    `The HTTP method '${method}' cannot be used to access the resource '${resource}'. The operation type of the resource is specified as 'Default'. Please use correct HTTP method to invoke the resource.`,
  );
