/**
 * Events on the item itself (RecipientsChanged, Mailbox 1.7): registered on the item open when
 * the pane subscribes. A compose pane belongs to one draft, so that item is the one to follow.
 */
import { callOffice } from "./async";
import type { OfficeHost } from "./host";
import type { MessageItem } from "./item";

type ItemWithEvents = {
  addHandlerAsync?(eventType: string, handler: (args: unknown) => void, cb: unknown): void;
  removeHandlerAsync?(eventType: string, cb: unknown): void;
};

/** Resolves once Office will call `handler`; the returned function stops it. */
export async function onItemEvent(
  office: OfficeHost,
  item: MessageItem | null,
  eventType: string,
  handler: () => void,
): Promise<() => void> {
  const target = item as ItemWithEvents | null;
  if (!target || typeof target.addHandlerAsync !== "function") return () => undefined;
  await callOffice<void>(office, `Listening for ${eventType}`, (cb) =>
    target.addHandlerAsync?.(eventType, () => handler(), cb),
  );
  return () => {
    if (typeof target.removeHandlerAsync !== "function") return;
    callOffice<void>(office, `Stopping ${eventType}`, (cb) =>
      target.removeHandlerAsync?.(eventType, cb),
    ).catch((e: unknown) => console.warn(e));
  };
}
