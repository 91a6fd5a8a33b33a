/**
 * Shared set-up for the conformance suite: an in-process emulator over HTTPS, plain-fetch calls,
 * the Microsoft Graph SDK client pointed at it, and list provisioning through Graph itself.
 */
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type ClientOptions,
} from "@microsoft/microsoft-graph-client";
import { startEmulator, type Emulator, type StartOptions } from "../../../emulator/server";

export const ADMIN = "it.admin@council.example";
export const FRONTLINE = "alex.morgan@council.example";
export const MANAGER = "priya.shah@council.example";
export const HELPDESK = "jordan.lee@council.example";

export type Reply = {
  readonly status: number;
  readonly headers: Headers;
  readonly body: Record<string, unknown>;
};

export async function start(options: StartOptions = {}): Promise<Emulator> {
  return startEmulator({ port: 0, dataFile: ":memory:", ...options });
}

export async function call(
  emu: Emulator,
  method: string,
  path: string,
  options: {
    token?: string | null;
    upn?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  const token = options.token === undefined ? emu.tokenFor(options.upn ?? ADMIN) : options.token;
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (token !== null) headers["Authorization"] = `Bearer ${token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path.startsWith("https://") ? path : `${emu.graphUrl}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  const body = text === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
  return { status: response.status, headers: response.headers, body };
}

export function sdkClient(emu: Emulator, upn = ADMIN, extra: Partial<ClientOptions> = {}): Client {
  const authProvider: AuthenticationProvider = {
    getAccessToken: () => Promise.resolve(emu.tokenFor(upn)),
  };
  return Client.initWithMiddleware({
    authProvider,
    baseUrl: `${emu.url}/`,
    defaultVersion: "v1.0",
    customHosts: new Set(["localhost"]),
    ...extra,
  });
}

/**
 * The SDK's default chain (auth → retry → telemetry → HTTP) with the retry back-off shortened,
 * for faults that carry no Retry-After (504), so the test does not wait the default 3 s.
 */
export function sdkClientWithQuickRetry(emu: Emulator, upn = ADMIN): Client {
  const auth = new AuthenticationHandler({
    getAccessToken: () => Promise.resolve(emu.tokenFor(upn)),
  });
  const retry = new RetryHandler(new RetryHandlerOptions(0, 3));
  const telemetry = new TelemetryHandler();
  auth.setNext(retry);
  retry.setNext(telemetry);
  telemetry.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({
    middleware: auth,
    baseUrl: `${emu.url}/`,
    customHosts: new Set(["localhost"]),
  });
}

export type ColumnSpec = Record<string, unknown> & { readonly name: string };

/** Creates a list through Graph as the provisioning script would; Title indexed on request. */
export async function createList(
  emu: Emulator,
  displayName: string,
  columns: readonly ColumnSpec[],
  options: { indexTitle?: boolean } = {},
): Promise<string> {
  const created = await call(emu, "POST", `/sites/${emu.siteId}/lists`, {
    body: { displayName, columns, list: { template: "genericList" } },
  });
  if (created.status !== 201) throw new Error(`list not created: ${JSON.stringify(created.body)}`);
  const id = String(created.body["id"]);
  if (options.indexTitle) {
    await call(
      emu,
      "PATCH",
      `/sites/${emu.siteId}/lists/${id}/columns/fa564e0f-0c70-4ab9-b863-0177e6ddd247`,
      {
        body: { indexed: true },
      },
    );
  }
  return id;
}

export const itemsPath = (emu: Emulator, list: string): string =>
  `/sites/${emu.siteId}/lists/${encodeURIComponent(list)}/items`;

export const values = (reply: Reply): Record<string, unknown>[] =>
  reply.body["value"] as Record<string, unknown>[];

export const fieldsOf = (item: Record<string, unknown>): Record<string, unknown> =>
  item["fields"] as Record<string, unknown>;
