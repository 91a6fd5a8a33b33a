/**
 * Mailbox events with many listeners. Office keeps one handler per event type per add-in, and
 * removeHandlerAsync removes it whoever added it, so we register once and fan out ourselves.
 */
import { callOffice } from "./async";
import type { OfficeHost } from "./host";

type Listener = (args: unknown) => void;

export class MailboxEvents {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly registering = new Map<string, Promise<void>>();

  constructor(private readonly office: OfficeHost) {}

  /** Resolves once Office will call `listener`; the returned function unsubscribes. */
  async subscribe(eventType: string, listener: Listener): Promise<() => void> {
    const mailbox = this.office.context.mailbox;
    if (!mailbox || typeof mailbox.addHandlerAsync !== "function") return () => undefined;
    let set = this.listeners.get(eventType);
    if (!set) {
      set = new Set();
      this.listeners.set(eventType, set);
    }
    set.add(listener);
    try {
      await this.register(mailbox, eventType);
    } catch (e) {
      set.delete(listener);
      throw e;
    }
    return () => this.unsubscribe(eventType, listener);
  }

  private register(mailbox: Office.Mailbox, eventType: string): Promise<void> {
    let pending = this.registering.get(eventType);
    if (!pending) {
      pending = callOffice<void>(this.office, `Listening for ${eventType}`, (cb) =>
        mailbox.addHandlerAsync(eventType, (args: unknown) => this.dispatch(eventType, args), cb),
      );
      this.registering.set(eventType, pending);
      pending.catch(() => this.registering.delete(eventType));
    }
    return pending;
  }

  private dispatch(eventType: string, args: unknown): void {
    for (const listener of [...(this.listeners.get(eventType) ?? [])]) {
      try {
        listener(args);
      } catch (e) {
        // One failing listener must not stop the others (or Outlook's event loop).
        console.error(`A ${eventType} listener failed`, e);
      }
    }
  }

  private unsubscribe(eventType: string, listener: Listener): void {
    const set = this.listeners.get(eventType);
    if (!set?.delete(listener) || set.size > 0) return;
    const mailbox = this.office.context.mailbox;
    this.registering.delete(eventType);
    if (mailbox && typeof mailbox.removeHandlerAsync === "function") {
      callOffice<void>(this.office, `Stopping ${eventType}`, (cb) =>
        mailbox.removeHandlerAsync(eventType, cb),
      ).catch((e: unknown) => console.warn(e));
    }
  }
}
