/**
 * JSON batching (POST /v1.0/$batch): at most 20 requests, unique ids (case-insensitive),
 * `dependsOn` ordering with 424 Failed Dependency when a prerequisite fails. Each entry is
 * judged on its own (auth, faults, throttling); the envelope is 200 once the batch parses.
 */
import { GraphHttpError, badRequest } from "../http/graph-error";
import type { GraphRequest, GraphResponse } from "../http/types";
import { JSON_CONTENT_TYPE } from "../http/types";

export const MAX_BATCH_REQUESTS = 20;

type Entry = {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly dependsOn: readonly string[];
};

/** What running one entry gave: an answer, or a dropped connection (which ends the batch). */
export type EntryOutcome =
  { readonly kind: "response"; readonly response: GraphResponse } | { readonly kind: "drop" };

const batchError = (message: string): GraphHttpError => badRequest(message, "BadRequest");

function parseEntries(body: unknown): Entry[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw batchError("The batch request body must be a JSON object with a 'requests' array.");
  }
  const requests = (body as Record<string, unknown>)["requests"];
  if (!Array.isArray(requests)) {
    throw batchError("The batch request body must be a JSON object with a 'requests' array.");
  }
  if (requests.length > MAX_BATCH_REQUESTS) {
    throw batchError(`The number of requests in a batch must not exceed ${MAX_BATCH_REQUESTS}.`);
  }
  const entries = requests.map((raw: unknown, i): Entry => {
    if (typeof raw !== "object" || raw === null) throw batchError(`Request ${i} is not an object.`);
    const r = raw as Record<string, unknown>;
    const { id, method, url } = r;
    if (typeof id !== "string" || id === "") throw batchError(`Request ${i} has no id.`);
    if (typeof method !== "string" || method === "")
      throw batchError(`Request '${id}' has no method.`);
    if (typeof url !== "string" || url === "") throw batchError(`Request '${id}' has no url.`);
    const headers: Record<string, string> = {};
    const rawHeaders = r["headers"];
    if (rawHeaders !== undefined) {
      if (typeof rawHeaders !== "object" || rawHeaders === null || Array.isArray(rawHeaders)) {
        throw batchError(`The headers of request '${id}' must be an object.`);
      }
      for (const [k, v] of Object.entries(rawHeaders)) headers[k.toLowerCase()] = String(v);
    }
    const dependsOn = r["dependsOn"] ?? [];
    if (!Array.isArray(dependsOn) || !dependsOn.every((d) => typeof d === "string")) {
      throw batchError(`dependsOn of request '${id}' must be an array of ids.`);
    }
    return { id, method: method.toUpperCase(), url, headers, body: r["body"], dependsOn };
  });
  const ids = new Set<string>();
  for (const e of entries) {
    const key = e.id.toLowerCase();
    if (ids.has(key))
      throw batchError(`The batch contains more than one request with the id '${e.id}'.`);
    ids.add(key);
  }
  for (const e of entries) {
    for (const d of e.dependsOn) {
      if (!ids.has(d.toLowerCase()))
        throw batchError(`Request '${e.id}' depends on '${d}', which is not in the batch.`);
    }
  }
  return entries;
}

/** Dependencies first; otherwise in the order given. A cycle is a 400. */
function executionOrder(entries: readonly Entry[]): Entry[] {
  const byId = new Map(entries.map((e) => [e.id.toLowerCase(), e]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const order: Entry[] = [];
  const visit = (e: Entry): void => {
    const key = e.id.toLowerCase();
    if (done.has(key)) return;
    if (visiting.has(key)) throw batchError(`The dependsOn of request '${e.id}' forms a cycle.`);
    visiting.add(key);
    for (const d of e.dependsOn) {
      const dep = byId.get(d.toLowerCase());
      if (dep) visit(dep);
    }
    visiting.delete(key);
    done.add(key);
    order.push(e);
  };
  entries.forEach(visit);
  return order;
}

function entryRequest(entry: Entry, envelope: GraphRequest): GraphRequest | GraphHttpError {
  if (/^[a-z]+:\/\//i.test(entry.url)) {
    return batchError("Batch request URLs must be relative to the version, e.g. /sites/{id}.");
  }
  if (entry.body !== undefined && entry.headers["content-type"] === undefined) {
    return batchError("A request with a body must have a Content-Type header.");
  }
  // The SDK's BatchRequestContent keeps the version in the url ("/v1.0/me"); Graph accepts it.
  const relative = entry.url.startsWith("/") ? entry.url : `/${entry.url}`;
  const url = relative.replace(/^\/v1\.0(?=\/)/, "");
  const q = url.indexOf("?");
  const authorization = envelope.headers["authorization"];
  return {
    method: entry.method,
    rawPath: q < 0 ? url : url.slice(0, q),
    rawQuery: q < 0 ? "" : url.slice(q + 1),
    headers: {
      ...(authorization === undefined ? {} : { authorization }),
      ...entry.headers,
    },
    body: entry.body,
    batchEntryId: entry.id,
  };
}

export type BatchRunner = {
  /** Runs one entry as a Graph request (auth, faults, logging included). */
  readonly run: (request: GraphRequest) => Promise<EntryOutcome>;
  /** Turns an error into the response it would be on its own. */
  readonly errorResponse: (error: GraphHttpError) => GraphResponse;
};

export async function runBatch(
  envelope: GraphRequest,
  runner: BatchRunner,
): Promise<GraphResponse | "drop"> {
  const entries = executionOrder(parseEntries(envelope.body));
  const statuses = new Map<string, number>();
  const responses: Record<string, unknown>[] = [];
  for (const entry of entries) {
    const failed = entry.dependsOn.find((d) => {
      const s = statuses.get(d.toLowerCase());
      return s === undefined || s < 200 || s >= 300;
    });
    let response: GraphResponse;
    if (failed !== undefined) {
      response = runner.errorResponse(
        new GraphHttpError(
          424,
          "failedDependency",
          `The request depends on '${failed}', which failed.`,
        ),
      );
    } else {
      const request = entryRequest(entry, envelope);
      if (request instanceof GraphHttpError) {
        response = runner.errorResponse(request);
      } else if (request.rawPath === "/$batch") {
        response = runner.errorResponse(batchError("A batch cannot contain another batch."));
      } else {
        const outcome = await runner.run(request);
        if (outcome.kind === "drop") return "drop";
        response = outcome.response;
      }
    }
    statuses.set(entry.id.toLowerCase(), response.status);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(response.headers)) {
      if (!/^(request-id|client-request-id|odata-version)$/i.test(k)) headers[k] = v;
    }
    responses.push({
      id: entry.id,
      status: response.status,
      headers,
      ...(response.body === undefined ? {} : { body: response.body }),
    });
  }
  return { status: 200, headers: { "Content-Type": JSON_CONTENT_TYPE }, body: { responses } };
}
