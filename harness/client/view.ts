/** The harness page's DOM: message list, reading pane, recorder panel. Everything as text. */
import { htmlToText } from "./messages.ts";
import type { MessageData, NotificationData, RecordedForm } from "./protocol.ts";
import type { DemoUser, HarnessState } from "./state.ts";

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

export function renderList(state: HarnessState, onSelect: (id: string) => void): void {
  const list = byId<HTMLOListElement>("messages");
  list.replaceChildren(
    ...state.messages.map((m) => {
      const button = el("button", { className: "message", attrs: { type: "button" } }, [
        el("span", { className: "from", text: m.from.name || m.from.address }),
        el("span", { className: "when", text: formatWhen(m.received) }),
        el("span", { className: "subject", text: m.subject }),
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

export function renderReading(state: HarnessState): void {
  const pane = byId<HTMLElement>("reading");
  if (state.compose) {
    const d = state.compose;
    pane.replaceChildren(
      el("h2", { text: "New message (being written)" }),
      bar(state.bars.get(null) ?? []),
      el("dl", {}, [
        el("dt", { text: "To" }),
        el("dd", { text: d.to.map(person).join("; ") }),
        el("dt", { text: "Cc" }),
        el("dd", { text: d.cc.map(person).join("; ") }),
        el("dt", { text: "Subject" }),
        el("dd", { text: d.subject }),
      ]),
    );
    return;
  }
  const m: MessageData | undefined = state.messages.find((x) => x.id === state.selected);
  if (!m) {
    pane.replaceChildren(el("p", { className: "empty", text: "Select a message to read it." }));
    return;
  }
  pane.replaceChildren(
    el("h2", { text: m.subject }),
    bar(state.bars.get(m.id) ?? []),
    el("dl", {}, [
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
    el("pre", { className: "body", text: m.body }),
  );
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

export function renderRecorded(state: HarnessState): void {
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
