/**
 * What the event handlers need, built once per event runtime (Outlook may keep the runtime for
 * the next event, and then the check's caches carry over): the settings, a silent sign-in, the
 * Graph case store and the send check. In Outlook on the web, on Mac and in new Outlook the
 * runtime is launchevent.html, which loads config.js first; classic Outlook on Windows loads
 * launchevent.js alone in a JavaScript-only runtime, so the settings are fetched from config.js
 * beside it (found through Office.context.urls, Mailbox 1.14).
 */
import type { Clock, Session } from "../app/ports";
import { readsCaseFiles } from "../app/pane/messageCheck";
import { createSendCheck, type SendCheck } from "../app/send";
import { createEmulatorAuth } from "../auth/emulatorAuth";
import { createNaaAuth } from "../auth/naaAuth";
import type { AuthService } from "../auth/service";
import { DEFAULT_DEMO_USER } from "../auth/createAuth";
import { type AppConfig, readAppConfig, readConfigScript } from "../config";
import type { ConfigProblem } from "../config/appConfig";
import { parsePolicyConfig, PORTSMOUTH_POLICY, type PolicyConfig } from "../domain/config";
import type { Result } from "../domain/types";
import { createGraphCaseStore } from "../graph/case-store";
import { createGraphClient } from "../graph/client";
import type { OfficeHost } from "../office/host";
import { runtimeScriptUrl } from "../office/launchEvents";
import { createOfficeAuthHost } from "../office/authHost";

export type EventRuntime = {
  readonly sendCheck: SendCheck;
  readonly policy: PolicyConfig;
  readonly clock: Clock;
};

/** The runtime could not start: the settings are missing or wrong. Said in the prompt. */
export class RuntimeProblem extends Error {
  override readonly name = "RuntimeProblem";
}

export type RuntimeEnvironment = {
  readonly office: OfficeHost;
  /** Where the runtime page or script was loaded from (location.href, or the script's URL). */
  readonly pageUrl: string | undefined;
  readonly fetch: typeof fetch;
  /** config.js's settings when the page has run it (window.ucbConfig). */
  readonly loadedConfig: unknown;
  /** How long fetching config.js may take before the check gives up. */
  readonly configTimeoutMs?: number;
};

/** Short: one quick retry at most, so a throttled or failing Graph answers within the deadline. */
const EVENT_RETRY = { maxRetries: 1, delaySeconds: 1 } as const;
const STORE_RETRY = { attempts: 2, baseDelayMs: 500, maxDelayMs: 1_000 } as const;

async function fetchConfigScript(
  env: RuntimeEnvironment,
): Promise<Result<AppConfig, ConfigProblem>> {
  const script = runtimeScriptUrl(env.office) ?? env.pageUrl;
  if (!script) {
    return {
      ok: false,
      error: {
        field: "config.js",
        message: "The send check could not tell where the add-in is served from (Mailbox 1.14).",
      },
    };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), env.configTimeoutMs ?? 2_000);
  try {
    // Absolute: the JavaScript-only runtime does not resolve relative URLs.
    const response = await env.fetch(new URL("config.js", script).href, {
      signal: controller.signal,
      cache: "no-cache",
    });
    if (!response.ok) {
      return {
        ok: false,
        error: { field: "config.js", message: `config.js answered HTTP ${response.status}.` },
      };
    }
    return readConfigScript(await response.text());
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: { field: "config.js", message: `config.js could not be read: ${why}` },
    };
  } finally {
    clearTimeout(timer);
  }
}

async function settings(env: RuntimeEnvironment): Promise<AppConfig> {
  const config =
    env.loadedConfig === undefined
      ? await fetchConfigScript(env)
      : readAppConfig({ ucbConfig: env.loadedConfig });
  if (!config.ok) throw new RuntimeProblem(`${config.error.field}: ${config.error.message}`);
  return config.value;
}

/** The harness names its demo user in the runtime page's address, as it does for the pane. */
function demoUser(pageUrl: string | undefined): string {
  if (!pageUrl) return DEFAULT_DEMO_USER;
  try {
    return new URL(pageUrl).searchParams.get("demoUser")?.trim() || DEFAULT_DEMO_USER;
  } catch {
    return DEFAULT_DEMO_USER;
  }
}

function signIn(config: AppConfig, env: RuntimeEnvironment): AuthService {
  const { auth, roles } = config;
  if (auth.mode === "emulator") {
    return createEmulatorAuth({
      tokenUrl: auth.emulatorTokenUrl,
      upn: demoUser(env.pageUrl),
      roles,
      fetch: env.fetch,
    });
  }
  return createNaaAuth(
    { auth, roles },
    {
      host: createOfficeAuthHost(),
      pageUrl: runtimeScriptUrl(env.office) ?? env.pageUrl ?? "",
      runtime: "eventRuntime",
    },
  );
}

function policyOf(config: AppConfig): PolicyConfig {
  if (config.policy === undefined) return PORTSMOUTH_POLICY;
  const parsed = parsePolicyConfig(config.policy);
  if (!parsed.ok) throw new RuntimeProblem(`policy: ${parsed.error.message}`);
  return parsed.value;
}

export async function startEventRuntime(env: RuntimeEnvironment): Promise<EventRuntime> {
  const config = await settings(env);
  const policy = policyOf(config);
  const auth = signIn(config, env);
  const clock: Clock = { now: () => new Date() };
  const client = createGraphClient({
    baseUrl: config.graph.baseUrl,
    customHosts: config.graph.customHosts,
    tokenProvider: auth,
    retry: EVENT_RETRY,
  });
  const store = createGraphCaseStore({
    client,
    site: config.site,
    listTitles: config.lists,
    retry: STORE_RETRY,
    now: () => clock.now(),
    // Need to know: frontline staff's send check reads only the restrictions in force.
    readsEverything: async () => readsCaseFiles(await auth.currentUser()),
  });
  const session: Session = auth;
  return { sendCheck: createSendCheck({ store, clock, config: policy, session }), policy, clock };
}
