/**
 * Node's HTTP request and response on one side, the emulator's GraphRequest/GraphResponse on
 * the other: body reading, JSON parsing with Graph's wording for bad JSON, CORS, and dropping
 * the connection for the network fault.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { corsHeaders } from "./cors";
import { GraphHttpError, errorBody } from "./graph-error";
import { JSON_CONTENT_TYPE, type GraphResponse } from "./types";

const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      throw new GraphHttpError(413, "requestTooLarge", "The request body is too large.");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readBody(req: IncomingMessage): Promise<unknown> {
  return parseJsonBody(await readRawBody(req));
}

/** Graph's reading of a JSON body: empty is none; anything else must parse. */
export function parseJsonBody(raw: Buffer): unknown {
  const text = raw.toString("utf8");
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new GraphHttpError(
      400,
      "BadRequest",
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.",
    );
  }
}

export function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined)
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return out;
}

export function send(req: IncomingMessage, res: ServerResponse, response: GraphResponse): void {
  const headers: Record<string, string> = {
    ...corsHeaders(req.headers.origin),
    ...response.headers,
  };
  if (response.rawBody !== undefined) {
    headers["Content-Length"] = String(response.rawBody.length);
    res.writeHead(response.status, headers);
    res.end(Buffer.from(response.rawBody));
    return;
  }
  if (response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
    return;
  }
  const payload = Buffer.from(JSON.stringify(response.body), "utf8");
  headers["Content-Type"] ??= JSON_CONTENT_TYPE;
  headers["Content-Length"] = String(payload.length);
  res.writeHead(response.status, headers);
  res.end(payload);
}

/** An error outside Graph proper (control endpoints, bad JSON), in Graph's envelope all the same. */
export function sendError(req: IncomingMessage, res: ServerResponse, error: GraphHttpError): void {
  const id = randomUUID();
  const clientRequestId = req.headers["client-request-id"];
  send(req, res, {
    status: error.status,
    headers: {
      ...error.headers,
      "request-id": id,
      "client-request-id": typeof clientRequestId === "string" ? clientRequestId : id,
      "Cache-Control": "no-store, no-cache",
    },
    body: errorBody(
      error,
      id,
      typeof clientRequestId === "string" ? clientRequestId : id,
      new Date(),
    ),
  });
}
