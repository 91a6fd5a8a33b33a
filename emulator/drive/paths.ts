/**
 * What a drive path names, after `/drives/{id}` (or `/sites/{site}/drive`, or a library's
 * `/lists/{list}/drive`): the drive itself, an item by id or by path (`root:/a/b.pdf:`, with or
 * without the closing colon), and what is asked of it (children, content, createUploadSession).
 */
import { badRequest, unknownSegment } from "../http/graph-error";

export type DriveAction = "item" | "children" | "content" | "createUploadSession";

export type DriveTarget =
  | { readonly kind: "drive" }
  | {
      readonly kind: "item";
      /** "root", or an item id the path is relative to. */
      readonly anchor: { readonly root: true } | { readonly id: string };
      /** Names below the anchor; empty for the anchor itself. */
      readonly path: readonly string[];
      readonly action: DriveAction;
    };

const ACTIONS: Readonly<Record<string, DriveAction>> = {
  "": "item",
  "/children": "children",
  "/content": "content",
  "/createuploadsession": "createUploadSession",
};

function actionOf(text: string): DriveAction {
  const action = ACTIONS[text.toLowerCase()];
  if (!action) throw unknownSegment(text.split("/").filter(Boolean)[0] ?? text);
  return action;
}

function names(path: string): string[] {
  const parts = path.split("/").filter((p) => p !== "");
  for (const p of parts) {
    if (p === "." || p === ".." || /["*:<>?\\|]/.test(p)) {
      throw badRequest(
        `The name '${p}' contains characters that are not allowed.`,
        "invalidRequest",
      );
    }
  }
  return parts;
}

/** `rest` is the decoded remainder: "", "/root", "/root:/a/b:/content", "/items/01AB/children". */
export function parseDriveTarget(rest: string): DriveTarget {
  if (rest === "" || rest === "/") return { kind: "drive" };
  const m = /^\/(root|items\/([^/:]+))(.*)$/.exec(rest);
  if (!m) throw unknownSegment(rest.split("/")[1] ?? rest);
  const anchor = m[2] ? { id: m[2] } : ({ root: true } as const);
  const tail = m[3] ?? "";
  if (!tail.startsWith(":")) return { kind: "item", anchor, path: [], action: actionOf(tail) };
  const afterColon = tail.slice(1);
  const close = afterColon.indexOf(":");
  const path = close < 0 ? afterColon : afterColon.slice(0, close);
  const action = close < 0 ? "" : afterColon.slice(close + 1);
  return { kind: "item", anchor, path: names(path), action: actionOf(action) };
}
