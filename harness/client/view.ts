/**
 * The harness page's DOM: message list, reading pane (or the message being written), Outlook's
 * Smart Alerts dialog, recorder panel. Everything as text.
 */
import { htmlToText } from "./messages.ts";
import type { Mailbox, MessageData, NotificationData, RecordedForm } from "./protocol.ts";
import {
  type AlertChoice,
  type MarkdownRun,
  parseAlertMarkdown,
  type SmartAlert,
} from "./sending.ts";
import type { DemoUser, HarnessState, RecordedSend } from "./state.ts";

const when = new Intl.DateTimeFormat("en-GB", {
  weekday: "short",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/London",
});

export const formatWhen = (iso: string): string => when.format(new Date(iso));

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
}

const byId = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`The harness page has no #${id}`);
  return node as T;
};

const person = (m: { name: string; address: string }) =>
  m.name && m.name !== m.address ? `${m.name} <${m.address}>` : m.address;

export function renderUsers(users: readonly DemoUser[], current: string): void {
  const select = byId<HTMLSelectElement>("user");
  select.replaceChildren(
    ...users.map((u) =>
      el("option", { text: `${u.displayName}: ${u.role}`, attrs: { value: u.upn } }),
    ),
  );
  select.value = current;
}

/** The shared mailboxes the list holds messages of, for the mailbox switcher. */
export function sharedMailboxes(state: HarnessState): Mailbox[] {
  const seen = new Map<string, Mailbox>();
  for (const m of state.messages) if (m.mailbox) seen.set(m.mailbox.address, m.mailbox);
  return [...seen.values()];
}

export function renderMailboxes(state: HarnessState, onChange: (filter: string | null) => void) {
  const select = byId<HTMLSelectElement>("mailbox");
  select.replaceChildren(
    el("option", { text: "All mailboxes", attrs: { value: "" } }),
    el("option", { text: "Your mailbox", attrs: { value: "own" } }),
    ...sharedMailboxes(state).map((m) =>
      el("option", { text: `${m.name} (shared)`, attrs: { value: m.address } }),
    ),
  );
  select.value = state.mailboxFilter ?? "";
  select.onchange = () => onChange(select.value === "" ? null : select.value);
}

function inFilter(state: HarnessState, m: MessageData): boolean {
  if (state.mailboxFilter === null) return true;
  if (state.mailboxFilter === "own") return m.mailbox === undefined;
  return m.mailbox?.address === state.mailboxFilter;
}

export function renderList(state: HarnessState, onSelect: (id: string) => void): void {
  const list = byId<HTMLOListElement>("messages");
  list.replaceChildren(
    ...state.messages
      .filter((m) => inFilter(state, m))
      .map((m) => {
        const button = el("button", { className: "message", attrs: { type: "button" } }, [
          el("span", { className: "from", text: m.from.name || m.from.address }),
          el("span", { className: "when", text: formatWhen(m.received) }),
          el("span", { className: "subject", text: m.subject }),
          ...(m.mailbox
            ? [el("span", { className: "mailbox", text: `In ${m.mailbox.name} (shared mailbox)` })]
            : []),
          ...(m.note ? [el("span", { className: "note", text: m.note })] : []),
        ]);
        if (m.id === state.selected && !state.compose) button.setAttribute("aria-current", "true");
        button.dataset["id"] = m.id;
        button.addEventListener("click", () => onSelect(m.id));
        return el("li", {}, [button]);
      }),
  );
}

function bar(notifications: readonly NotificationData[]): HTMLElement {
  return el(
    "ul",
    { className: "infobar", attrs: { "aria-label": "Notifications on this message" } },
    notifications.map((n) =>
      el("li", { className: n.type, text: n.message, attrs: { "data-key": n.key } }),
    ),
  );
}

/** What the reading pane's buttons do (the page's scripting API behind them). */
export type ReadingActions = {
  readonly reply: () => void;
  readonly send: () => void;
  readonly discard: () => void;
  readonly setLine: (line: "to" | "cc" | "bcc", text: string) => void;
  readonly setFrom: (address: string | null) => void;
};

function line(mailboxes: readonly Mailbox[]): string {
  return mailboxes.map(person).join("; ");
}

function recipientField(
  label: string,
  id: "to" | "cc" | "bcc",
  value: readonly Mailbox[],
  onChange: (line: "to" | "cc" | "bcc", text: string) => void,
): HTMLElement {
  const input = el("input", { attrs: { id: `draft-${id}`, type: "text", value: line(value) } });
  input.value = line(value);
  input.addEventListener("change", () => onChange(id, input.value));
  return el("label", { className: "field" }, [el("span", { text: label }), input]);
}

function composeForm(state: HarnessState, actions: ReadingActions): HTMLElement[] {
  const d = state.compose;
  if (!d) return [];
  const user = state.user;
  const from = el("select", { attrs: { id: "draft-from" } }, [
    el("option", { text: `You (${user})`, attrs: { value: "" } }),
    ...state.messages
      .flatMap((m) => (m.mailbox ? [m.mailbox] : []))
      .concat(d.from ? [d.from] : [])
      .filter((m, i, all) => all.findIndex((x) => x.address === m.address) === i)
      .map((m) => el("option", { text: person(m), attrs: { value: m.address } })),
  ]);
  from.value = d.from?.address ?? "";
  from.addEventListener("change", () => actions.setFrom(from.value === "" ? null : from.value));
  const send = el("button", { text: "Send", attrs: { type: "button", id: "send" } });
  send.addEventListener("click", () => actions.send());
  const discard = el("button", { text: "Discard", attrs: { type: "button", id: "discard" } });
  discard.addEventListener("click", () => actions.discard());
  return [
    el("h2", { text: "New message (being written)" }),
    bar(state.bars.get(null) ?? []),
    el("div", { className: "compose" }, [
      el("label", { className: "field" }, [el("span", { text: "From" }), from]),
      recipientField("To", "to", d.to, actions.setLine),
      recipientField("Cc", "cc", d.cc, actions.setLine),
      recipientField("Bcc", "bcc", d.bcc, actions.setLine),
      el("p", { className: "subject-line", text: `Subject: ${d.subject}` }),
      el("div", { className: "buttons" }, [send, discard]),
    ]),
  ];
}

export function renderReading(state: HarnessState, actions: ReadingActions): void {
  const pane = byId<HTMLElement>("reading");
  if (state.compose) {
    pane.replaceChildren(...composeForm(state, actions));
    return;
  }
  const m: MessageData | undefined = state.messages.find((x) => x.id === state.selected);
  if (!m) {
    pane.replaceChildren(el("p", { className: "empty", text: "Select a message to read it." }));
    return;
  }
  const reply = el("button", { text: "Reply", attrs: { type: "button", id: "reply" } });
  reply.addEventListener("click", () => actions.reply());
  pane.replaceChildren(
    el("h2", { text: m.subject }),
    bar(state.bars.get(m.id) ?? []),
    el("dl", {}, [
      ...(m.mailbox
        ? [el("dt", { text: "Mailbox" }), el("dd", { text: `${person(m.mailbox)} (shared)` })]
        : []),
      el("dt", { text: "From" }),
      el("dd", { text: person(m.from) }),
      ...(m.sender && m.sender.address !== m.from.address
        ? [el("dt", { text: "Sent by" }), el("dd", { text: person(m.sender) })]
        : []),
      el("dt", { text: "To" }),
      el("dd", { text: m.to.map(person).join("; ") }),
      ...(m.cc.length > 0
        ? [el("dt", { text: "Cc" }), el("dd", { text: m.cc.map(person).join("; ") })]
        : []),
      el("dt", { text: "Received" }),
      el("dd", { text: formatWhen(m.received) }),
    ]),
    el("div", { className: "buttons" }, [reply]),
    el("pre", { className: "body", text: m.body }),
  );
}

function inline(runs: readonly MarkdownRun[]): Node[] {
  return runs.map((r) =>
    r.strong ? el("strong", { text: r.text }) : document.createTextNode(r.text),
  );
}

/** Outlook's Smart Alerts dialog: the add-in's name, its message, and the send mode's buttons. */
export function renderAlert(alert: SmartAlert | null, onChoice: (choice: AlertChoice) => void) {
  const dialog = byId<HTMLDialogElement>("smart-alert");
  if (!alert) {
    if (dialog.open) dialog.close();
    dialog.replaceChildren();
    return;
  }
  const message = alert.markdown
    ? parseAlertMarkdown(alert.message).map((block) =>
        block.kind === "list"
          ? el(
              "ul",
              {},
              block.items.map((item) => el("li", {}, inline(item))),
            )
          : el("p", {}, inline(block.runs)),
      )
    : [el("p", { text: alert.message })];
  dialog.dataset["kind"] = alert.kind;
  dialog.replaceChildren(
    el("h2", { text: alert.title, attrs: { id: "smart-alert-title" } }),
    el("div", { className: "alert-message", attrs: { id: "smart-alert-message" } }, message),
    el(
      "div",
      { className: "buttons" },
      alert.buttons.map((b) => {
        const button = el("button", {
          text: b.label,
          attrs: { type: "button", "data-choice": b.choice },
        });
        button.addEventListener("click", () => onChoice(b.choice));
        return button;
      }),
    ),
  );
  if (!dialog.open) dialog.showModal();
}

function formText(form: RecordedForm): string {
  if (form.kind === "dialog") return `Dialog asked for: ${form.url ?? ""}`;
  const lines = [
    `${form.kind === "reply" ? "Reply" : "New message"} to ${form.to.join("; ")}`,
    ...(form.cc.length > 0 ? [`Cc ${form.cc.join("; ")}`] : []),
    `Subject: ${form.subject}`,
    ...(form.attachments.length > 0
      ? [`Attached: ${form.attachments.map((a) => a.name).join("; ")}`]
      : []),
    "",
    htmlToText(form.htmlBody),
  ];
  return lines.join("\n");
}

function sendText(send: RecordedSend): string {
  const to = [...send.to, ...send.cc, ...send.bcc].join("; ");
  const outcome = send.sent
    ? send.choice === "sendAnyway"
      ? "Sent anyway after the warning"
      : "Sent"
    : send.choice === "takeAction"
      ? "Not sent: the pane opened"
      : "Not sent";
  const from = send.from ? ` from ${send.from}` : "";
  const alert = send.alert
    ? `\n${send.alert.title}: ${send.alert.errorMessage ?? send.alert.message}`
    : "";
  return `${outcome}${from} to ${to} (${Math.round(send.decisionMs)} ms)${alert}`;
}

export function renderRecorded(state: HarnessState): void {
  byId<HTMLElement>("recorded-sends").replaceChildren(
    ...state.sends
      .slice()
      .reverse()
      .map((send) => el("li", {}, [el("pre", { text: sendText(send) })])),
  );
  byId<HTMLElement>("recorded-notifications").replaceChildren(
    ...state.notifications
      .slice()
      .reverse()
      .map((n) =>
        el("li", {
          text:
            n.action === "replace"
              ? `${n.details?.type ?? ""}: ${n.details?.message ?? ""}`
              : `removed ${n.key}`,
        }),
      ),
  );
  byId<HTMLElement>("recorded-forms").replaceChildren(
    ...state.forms
      .slice()
      .reverse()
      .map((f) => el("li", {}, [el("pre", { text: formText(f) })])),
  );
}
