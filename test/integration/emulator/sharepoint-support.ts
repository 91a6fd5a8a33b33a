/** Calling the emulator's SharePoint REST with fetch, as the conformance tests do. */
import type { Emulator } from "../../../emulator/server";
import { ADMIN } from "./support";

export const VERBOSE = "application/json;odata=verbose";
export const MINIMAL = "application/json;odata=minimalmetadata";
export const NONE = "application/json;odata=nometadata";

export type SpReply = {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
};

export const spToken = (emu: Emulator, upn = ADMIN): string =>
  emu.tokenFor(upn, { resource: emu.sharePointResource });

export async function sp(
  emu: Emulator,
  method: string,
  path: string,
  options: {
    upn?: string;
    token?: string | null;
    accept?: string;
    body?: unknown;
    contentType?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<SpReply> {
  const token = options.token === undefined ? spToken(emu, options.upn) : options.token;
  const headers: Record<string, string> = { Accept: options.accept ?? NONE, ...options.headers };
  if (token !== null) headers["Authorization"] = `Bearer ${token}`;
  if (options.body !== undefined)
    headers["Content-Type"] = options.contentType ?? "application/json";
  const response = await fetch(`${emu.sharePointSiteUrl}/_api/${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? {} : (JSON.parse(text) as Record<string, unknown>),
  };
}

export const register = "web/lists/GetByTitle('UCB%20Register')";
