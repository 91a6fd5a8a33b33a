import { useCallback, useEffect, useRef, useState } from "react";
import type { Mailbox, MailItem } from "../../app/ports";

export type ItemCheckState<R> =
  | { readonly kind: "reading" }
  | { readonly kind: "noItem" }
  | { readonly kind: "checking"; readonly item: MailItem }
  | { readonly kind: "checked"; readonly item: MailItem; readonly result: R }
  /** Outlook would not give the item: nothing can be said about it. */
  | { readonly kind: "unreadable"; readonly error: unknown };

/**
 * The check of the item Outlook shows now, rebuilt from `mailbox.currentItem()` when the pane
 * opens, on every ItemChanged (the pane is pinnable, the item may be null) and on every
 * RecipientsChanged of a draft. ItemChanged does not fire for every item (encrypted and meeting
 * items, some conversation sub-threads, an unpinned pane on Mac), so whenever the person turns to
 * the pane (a pointer press or focus in it) the pane asks Outlook whether the item it judged is
 * still the one shown; if not, `stale` says so (the pane shows it, and item actions refuse). A check that
 * finishes after the selection moved on is dropped: only the latest run may set state.
 * `check` must not reject (use cases return unions); if it does, the run counts as unreadable.
 * `afterCheck` runs once per fresh result (e.g. the notification on the item).
 */
export function useItemCheck<R>(
  mailbox: Mailbox,
  check: (item: MailItem) => Promise<R>,
  afterCheck?: (item: MailItem, result: R) => void,
  /** A result that says to check again by itself after so many ms (busy, no answer). */
  retryAfterMs?: (result: R) => number | undefined,
): {
  readonly state: ItemCheckState<R>;
  /** Checks again from scratch ("Try again"). */
  readonly recheck: () => void;
  /** Checks again while the current result stays on screen (after the case changed). */
  readonly refresh: () => void;
  /** Counts the items read afresh (each ItemChanged, "Try again"); not refreshes. */
  readonly selection: number;
  /** Outlook shows another item than the one judged, and did not say (no ItemChanged). */
  readonly stale: boolean;
} {
  const [state, setState] = useState<ItemCheckState<R>>({ kind: "reading" });
  const [selection, setSelection] = useState(0);
  const [stale, setStale] = useState(false);
  const generation = useRef(0);
  // The latest callbacks, so a change of identity does not restart the subscription.
  const latest = useRef({ check, afterCheck, retryAfterMs });
  useEffect(() => {
    latest.current = { check, afterCheck, retryAfterMs };
  });

  /** `quiet`: keep showing the current result until the new one is in (a refresh). */
  const run = useCallback(
    async (quiet = false) => {
      const mine = ++generation.current;
      const isCurrent = () => mine === generation.current;
      setStale(false);
      if (!quiet) {
        setState({ kind: "reading" });
        setSelection((n) => n + 1);
      }
      try {
        const item = await mailbox.currentItem();
        if (!isCurrent()) return;
        if (!item) {
          setState({ kind: "noItem" });
          return;
        }
        if (!quiet) setState({ kind: "checking", item });
        const result = await latest.current.check(item);
        if (!isCurrent()) return;
        setState({ kind: "checked", item, result });
        latest.current.afterCheck?.(item, result);
      } catch (error) {
        if (isCurrent()) setState({ kind: "unreadable", error });
      }
    },
    [mailbox],
  );

  useEffect(() => {
    const stops: (() => void)[] = [];
    let unmounted = false;
    const keep = (stop: () => void) => {
      if (unmounted) stop();
      else stops.push(stop);
    };
    void run();
    mailbox
      .onItemChanged(() => void run())
      .then(keep)
      .catch((e: unknown) => console.warn("The pane will not follow the selected message", e));
    mailbox
      .onRecipientsChanged(() => void run())
      .then(keep)
      .catch((e: unknown) => console.warn("The pane will not follow the draft's recipients", e));
    return () => {
      unmounted = true;
      generation.current += 1; // results arriving after unmount are dropped
      for (const stop of stops) stop();
    };
  }, [mailbox, run]);

  // Outlook may have moved to another item without ItemChanged: look when the person turns to
  // the pane, before they act on a verdict about another message.
  const shown = useRef(state);
  useEffect(() => {
    shown.current = state;
  });
  useEffect(() => {
    const verify = () => {
      const now = shown.current;
      const item = now.kind === "checked" || now.kind === "checking" ? now.item : undefined;
      if (item && !mailbox.isCurrentItem(item)) setStale(true);
    };
    document.addEventListener("pointerdown", verify, true);
    document.addEventListener("focusin", verify, true);
    return () => {
      document.removeEventListener("pointerdown", verify, true);
      document.removeEventListener("focusin", verify, true);
    };
  }, [mailbox]);

  // A result that time will cure is checked again by itself, the result staying on screen
  // (with its countdown) until the new one is in; another message or a new result cancels it.
  useEffect(() => {
    if (state.kind !== "checked") return;
    const after = latest.current.retryAfterMs?.(state.result);
    if (after === undefined) return;
    const timer = setTimeout(() => void run(true), after);
    return () => clearTimeout(timer);
  }, [state, run]);

  const recheck = useCallback(() => void run(), [run]);
  const refresh = useCallback(() => void run(true), [run]);
  return { state, recheck, refresh, selection, stale };
}
