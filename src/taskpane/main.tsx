/**
 * The task pane's composition root: the one file of src/taskpane that knows the concrete
 * adapters. It reads config.js, waits for Office, signs in (NAA in Outlook, the emulator's demo
 * users in development), builds the Graph case store and the Office mailbox, and renders <App>.
 * Anything that stops the pane before then is said in words.
 */
import { Spinner } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import { watchCaseWrites } from "../app/caseChanges";
import { readsCaseFiles } from "../app/pane/messageCheck";
import type { AppDeps } from "../app/deps";
import { createAuth, preloadAuth } from "../auth/createAuth";
import {
  createPaneUseCases,
  PERSON_WAIT_MS,
  REGISTER_STALENESS_MS,
  type OutboxStorage,
} from "../app/pane";
import type { CaseDocuments, Clock, IdGenerator, LetterPrinter } from "../app/ports";
import { configProblemText, readAppConfig, type AppConfig } from "../config";
import { parsePolicyConfig, PORTSMOUTH_POLICY, type PolicyConfig } from "../domain/config";
import type { Result } from "../domain/types";
import { createOfficeMailbox, officeReady } from "../office";
import { createOfficeAuthHost } from "../office/authHost";
import { App } from "./App";
import { PaneProvider } from "./shell/PaneProvider";
import { Problem } from "./shell/Problem";
import type { ThemeSubscription } from "./shell/useOfficeTheme";

/** The harness reloads the pane with ?demoUser=<upn> to switch demo users (emulator mode only). */
function demoUserFromUrl(href: string): string | undefined {
  const value = new URL(href).searchParams.get("demoUser")?.trim();
  return value ? value : undefined;
}

/**
 * The contact outbox in localStorage, so a contact logged while Graph fails survives a reload.
 * Where storage is blocked, the outbox still works for this session, in memory.
 */
function localOutboxStorage(): OutboxStorage {
  const key = "ucb.contactOutbox";
  let memory: string | null = null;
  return {
    get() {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return memory;
      }
    },
    set(value) {
      memory = value;
      try {
        window.localStorage.setItem(key, value);
      } catch (e) {
        console.warn("The contact outbox is kept in memory only", e);
      }
    },
  };
}

function policyFrom(config: AppConfig): Result<PolicyConfig> {
  return config.policy === undefined
    ? { ok: true, value: PORTSMOUTH_POLICY }
    : parsePolicyConfig(config.policy);
}

function showProblem(root: Root, title: string, detail?: string) {
  root.render(
    <PaneProvider theme="light">
      <Problem title={title} detail={detail} />
    </PaneProvider>,
  );
}

async function start(root: Root) {
  // The Graph client and the configured mode's sign-in (MSAL only in Outlook) load while
  // Office starts, in their own chunks and side by side, so the first paint ("Loading…")
  // waits only for React, Fluent and this file.
  const graphModule = import("../graph/pane");
  // If the pane stops before it needs them, their failure to load is not worth reporting.
  graphModule.catch(() => undefined);
  root.render(
    <PaneProvider theme="light">
      <Spinner label="Loading…" />
    </PaneProvider>,
  );

  const config = readAppConfig();
  if (!config.ok) {
    const text = configProblemText(config.error);
    showProblem(root, text.summary, text.detail);
    return;
  }
  const authModule = preloadAuth(config.value.auth.mode);
  authModule.catch(() => undefined);
  const policy = policyFrom(config.value);
  if (!policy.ok) {
    const text = configProblemText({ field: "policy", message: policy.error.message });
    showProblem(root, text.summary, text.detail);
    return;
  }

  await officeReady();
  const mailbox = createOfficeMailbox();
  if (!mailbox) {
    showProblem(
      root,
      "Open this add-in from Outlook.",
      "It works on the message you are reading or writing in Outlook, and Outlook is not available on this page.",
    );
    return;
  }

  // A chunk that fails to load stops the pane (start's catch); only a rejected setting is
  // a configuration problem.
  const [, { createGraphCaseStore, createGraphClient }] = await Promise.all([
    authModule,
    graphModule,
  ]);
  let auth;
  try {
    auth = await createAuth(config.value, {
      pageUrl: window.location.href,
      host: createOfficeAuthHost(),
      ...(config.value.auth.mode === "emulator"
        ? { emulatorUser: demoUserFromUrl(window.location.href) }
        : {}),
    });
  } catch (e) {
    const text = configProblemText({
      field: "auth",
      message: e instanceof Error ? e.message : String(e),
    });
    showProblem(root, text.summary, text.detail);
    return;
  }

  // No request keeps anyone waiting past PERSON_WAIT_MS; checks and forms set tighter
  // deadlines of their own (src/app/deadline.ts).
  const client = createGraphClient({
    baseUrl: config.value.graph.baseUrl,
    customHosts: config.value.graph.customHosts,
    tokenProvider: auth,
    requestTimeoutMs: PERSON_WAIT_MS,
  });
  const clock: Clock = { now: () => new Date() };
  const ids: IdGenerator = { newId: () => crypto.randomUUID() };
  // Every write to a case goes through `store`, which announces it to whatever shows the case.
  const { store, changes } = watchCaseWrites(
    createGraphCaseStore({
      client,
      site: config.value.site,
      listTitles: config.value.lists,
      now: () => clock.now(),
      // The register's addresses in memory: no request for senders not on it (docs/decisions.md).
      addressIndex: { maxAgeMs: REGISTER_STALENESS_MS },
      // Need to know: frontline staff read only the restrictions in force (docs/decisions.md).
      readsEverything: async () => readsCaseFiles(await auth.currentUser()),
    }),
  );

  // UCB Case Documents is for managers' letters and copies: its code loads when first used, so
  // the first verdict's JavaScript stays within its budget (docs/performance.md).
  let library: Promise<CaseDocuments> | undefined;
  const openLibrary = () =>
    (library ??= import(/* webpackChunkName: "case-documents" */ "../graph/case-documents").then(
      ({ createGraphCaseDocuments }) =>
        createGraphCaseDocuments({ client, site: config.value.site }),
    ));
  const documents: CaseDocuments = {
    store: async (document) => (await openLibrary()).store(document),
    list: async (ref) => (await openLibrary()).list(ref),
    content: async (document) => (await openLibrary()).content(document),
    deleteAll: async (ref) => (await openLibrary()).deleteAll(ref),
  };
  // pdf-lib (about 175 KB gzip) loads only when a letter is first printed.
  const printer: LetterPrinter = {
    print: async (letter) =>
      (await import(/* webpackChunkName: "letter-pdf" */ "../pdf/letterPdf")).printLetterPdf(
        letter,
      ),
  };
  const deps: AppDeps = {
    store,
    documents,
    printer,
    mailbox,
    session: auth,
    clock,
    ids,
    config: policy.value,
  };
  const followTheme: ThemeSubscription = (handler) => mailbox.onThemeChanged(handler);
  const useCases = createPaneUseCases(deps, {
    outboxStorage: localOutboxStorage(),
    helpdeskMailbox: config.value.helpdeskMailbox ?? policy.value.helpdesk.email,
    changes,
  });
  window.addEventListener("pagehide", () => useCases.outbox.stop());
  root.render(<App deps={deps} useCases={useCases} followTheme={followTheme} />);
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  start(root).catch((e: unknown) => {
    console.error("The task pane could not start", e);
    showProblem(
      root,
      "The add-in could not start. Close the pane and open it again; if it happens again, tell your IT service desk.",
      e instanceof Error ? e.message : undefined,
    );
  });
}
