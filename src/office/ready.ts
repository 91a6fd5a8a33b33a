/** Office.onReady as a promise that always settles. */
import { globalOffice, type OfficeHost } from "./host";

export type OfficeInfo = {
  /** "Outlook" in Outlook; null when office.js runs outside an Office host (a plain tab). */
  readonly host: string | null;
  /** "PC", "Mac", "OfficeOnline", "iOS", "Android", or null. */
  readonly platform: string | null;
};

export type OfficeReadyOptions = {
  readonly office?: OfficeHost | undefined;
  /** office.js never settles in some broken hosts; give up after this long. */
  readonly timeoutMs?: number;
};

/**
 * Resolves once office.js is initialised. Null when office.js did not load, onReady failed, or
 * it did not settle in time: the pane then says it must be opened from Outlook.
 */
export async function officeReady(options: OfficeReadyOptions = {}): Promise<OfficeInfo | null> {
  const office = options.office ?? globalOffice();
  if (!office) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.timeoutMs ?? 10_000);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === null) return null;
    return {
      host: typeof info.host === "string" ? info.host : null,
      platform: typeof info.platform === "string" ? info.platform : null,
    };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
