/**
 * The built pane for the browser tests and the pane bench. `npm test` builds before vitest runs;
 * run alone, they build once when dist/ is missing or older than the sources. They then serve a
 * copy, so a rebuild started meanwhile (webpack empties dist/ first) cannot pull files from under
 * them.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(projectRoot, "dist");
const SOURCES = ["src", "assets", "webpack.config.js", "manifest.xml"];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith(".test.ts") || entry.endsWith(".test.tsx")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function paneBuildIsCurrent(): boolean {
  const built = join(DIST, "taskpane.html");
  if (!existsSync(built)) return false;
  const sources = Math.max(
    ...SOURCES.map((s) => join(projectRoot, s))
      .filter(existsSync)
      .map(newestMtime),
  );
  return statSync(built).mtimeMs >= sources;
}

/** Builds when needed, then copies dist/ to a temporary folder; returns it and its remover. */
export function builtPaneCopy(): { dir: string; remove: () => void } {
  if (!paneBuildIsCurrent()) {
    const result = spawnSync("npx", ["webpack", "--mode", "production"], {
      cwd: projectRoot,
      stdio: "inherit",
    });
    if (result.status !== 0) throw new Error("webpack failed: the pane is needed");
  }
  const dir = mkdtempSync(join(tmpdir(), "ucb-pane-"));
  cpSync(DIST, dir, { recursive: true });
  if (!existsSync(join(dir, "taskpane.html"))) {
    throw new Error("dist/ has no taskpane.html (was it being rebuilt?): run `npm run build`");
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
