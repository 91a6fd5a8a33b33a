/**
 * The harness server: one HTTPS origin (the emulator's localhost certificate, emulator/tls.ts)
 * that serves the harness page at `/`, the built pane from dist/ with its office.js swapped for
 * the local copy and the stand-in (pane-html.ts), the pane's own config.js pointing at the
 * emulator, and the demo inbox. docs/harness.md describes it.
 */
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import ts from "typescript";
import { ensureTlsMaterial } from "../emulator/tls";
import { demoCases, type DemoCase } from "../scripts/demo/cases";
import type { MessageData } from "./client/protocol";
import { harnessConfigScript } from "./config-script";
import { DEMO_USERS, demoDraft, demoMessages } from "./demo-messages";
import { smartAlertSettings } from "./manifest-info";
import { rewritePaneHtml } from "./pane-html";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLIENT_DIR = join(projectRoot, "harness", "client");
const OFFICE_JS_DIR = join(projectRoot, "node_modules", "@microsoft", "office-js", "dist");

export type HarnessOptions = {
  /** The Graph emulator's origin, e.g. https://localhost:4443. */
  readonly emulatorUrl: string;
  /** 0 picks a free port. Default 3000, the manifest's origin. */
  readonly port?: number;
  /** The built pane. Default dist/. */
  readonly distDir?: string;
  /** The cases the demo inbox is built from (default: the demo cases at `now`). */
  readonly cases?: readonly DemoCase[];
  /** The inbox itself, instead of one built from cases (benchmarks, special demos). */
  readonly inbox?: (now: Date) => readonly MessageData[];
  /** The moment the demo inbox is built for. Default: the real clock at each page load. */
  readonly now?: () => Date;
  /**
   * Serve dist/taskpane.html and dist/config.js unchanged (Microsoft's CDN office.js, the built
   * settings), for sideloading into real Outlook. The harness page then has no working pane.
   */
  readonly paneAsBuilt?: boolean;
  /**
   * How the pane signs in: the emulator's own tokens (default), or as in Outlook, by nested app
   * authentication through MSAL, with the harness playing Outlook's bridge (bench, tests).
   */
  readonly signIn?: "emulator" | "naa";
};

export type Harness = {
  /** "https://localhost:PORT" */
  readonly url: string;
  stop(): Promise<void>;
};

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".ts": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".ts", ".css", ".json", ".map", ".svg", ".xml"]);
/** Content-hashed bundle files never change under their name: cache them as a CDN would. */
const HASHED = /\.[0-9a-f]{8}\.js(\.map)?$/;

type Reply = { status: number; type: string; body: Buffer; cache: string };

const text = (status: number, body: string, type = "text/plain; charset=utf-8"): Reply => ({
  status,
  type,
  body: Buffer.from(body),
  cache: "no-store",
});

/** A path under `root`, or null when the request tries to leave it. */
function inside(root: string, relative: string): string | null {
  const full = normalize(join(root, relative));
  return full === root || full.startsWith(root + sep) ? full : null;
}

async function readIfFile(path: string | null): Promise<Buffer | null> {
  if (!path) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
    return await readFile(path);
  } catch {
    return null;
  }
}

/** The harness's browser code is TypeScript; each module is transpiled on request (no bundler). */
const transpiled = new Map<string, { mtime: number; js: string }>();
async function clientModule(path: string): Promise<string | null> {
  let mtime: number;
  try {
    mtime = (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
  const hit = transpiled.get(path);
  if (hit?.mtime === mtime) return hit.js;
  const source = await readFile(path, "utf8");
  const js = ts.transpileModule(source, {
    fileName: path,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
  }).outputText;
  transpiled.set(path, { mtime, js });
  return js;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const distDir = resolve(options.distDir ?? join(projectRoot, "dist"));
  const emulatorUrl = options.emulatorUrl.replace(/\/+$/, "");
  const signIn = options.signIn ?? "emulator";
  const configJs = harnessConfigScript(emulatorUrl, signIn);
  const now = options.now ?? (() => new Date());

  const route = async (path: string): Promise<Reply> => {
    if (path === "/" || path === "/index.html") {
      const page = await readIfFile(join(CLIENT_DIR, "index.html"));
      return page
        ? { status: 200, type: TYPES[".html"] ?? "", body: page, cache: "no-store" }
        : text(500, "harness/client/index.html is missing");
    }
    if (path === "/harness/demo.json") {
      const at = now();
      const manifest = await readIfFile(join(distDir, "manifest.xml"));
      const body = {
        users: DEMO_USERS,
        messages: options.inbox?.(at) ?? demoMessages(options.cases ?? demoCases(at), at),
        draft: demoDraft(options.cases ?? demoCases(at)),
        emulatorUrl,
        ...smartAlertSettings(manifest?.toString("utf8") ?? ""),
        signIn,
      };
      return text(200, JSON.stringify(body), TYPES[".json"]);
    }
    if (path.startsWith("/harness/client/")) {
      const file = inside(CLIENT_DIR, path.slice("/harness/client/".length));
      if (file?.endsWith(".ts")) {
        const js = await clientModule(file);
        return js === null ? text(404, "Not found") : text(200, js, TYPES[".ts"]);
      }
      const body = await readIfFile(file);
      return body
        ? {
            status: 200,
            type: TYPES[extname(path)] ?? "application/octet-stream",
            body,
            cache: "no-store",
          }
        : text(404, "Not found");
    }
    if (path === "/config.js" && options.paneAsBuilt !== true) {
      return text(200, configJs, TYPES[".js"]);
    }
    if (path.startsWith("/office-js/")) {
      const body = await readIfFile(inside(OFFICE_JS_DIR, path.slice("/office-js/".length)));
      return body
        ? { status: 200, type: TYPES[".js"] ?? "", body, cache: "public, max-age=3600" }
        : text(404, "Not found");
    }
    // The task pane and the send check's event runtime: Outlook's pages, with the stand-in.
    if (path === "/taskpane.html" || path === "/launchevent.html") {
      const html = await readIfFile(join(distDir, path.slice(1)));
      if (!html) return text(503, "The pane is not built: run `npm run build` first.");
      if (options.paneAsBuilt === true) return { ...text(200, "", TYPES[".html"]), body: html };
      try {
        return text(200, rewritePaneHtml(html.toString("utf8")), TYPES[".html"]);
      } catch (e) {
        return text(500, e instanceof Error ? e.message : String(e));
      }
    }
    const body = await readIfFile(inside(distDir, path.slice(1)));
    if (!body) return text(404, "Not found");
    if (path === "/config.js") return { ...text(200, "", TYPES[".js"]), body };
    return {
      status: 200,
      type: TYPES[extname(path)] ?? "application/octet-stream",
      body,
      cache: HASHED.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
    };
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "https://localhost");
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = "";
    }
    const reply =
      req.method !== "GET" && req.method !== "HEAD"
        ? text(405, "Method not allowed")
        : path === ""
          ? text(400, "Bad path")
          : await route(path);
    const gzip =
      COMPRESSIBLE.has(extname(path) || ".html") &&
      /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) &&
      reply.body.length > 1024;
    const body = gzip ? gzipSync(reply.body) : reply.body;
    res.writeHead(reply.status, {
      "Content-Type": reply.type,
      "Content-Length": body.length,
      "Cache-Control": reply.cache,
      "X-Content-Type-Options": "nosniff",
      ...(gzip ? { "Content-Encoding": "gzip", Vary: "Accept-Encoding" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  };

  const tls = await ensureTlsMaterial();
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error("harness: unexpected error", e);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end("Harness error");
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 3000, "127.0.0.1", () => done());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://localhost:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
