/**
 * Moving to another view (My work, a case, a form) puts focus and scroll at the top of the new
 * view, as a page change would: a keyboard or screen-reader user starts reading at its heading,
 * and nobody is left scrolled halfway down a view they have not seen.
 */
import {
  createContext,
  type ReactNode,
  type RefObject,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

type Moves = {
  readonly moved: () => void;
  /** True once after each move: the first view heading to ask takes focus. */
  readonly take: () => boolean;
};

const ViewMoves = createContext<Moves | null>(null);

/** For the pane: a context value whose `moved()` says the user is moving to another view. */
export function useViewMoves(): Moves {
  const pending = useRef(false);
  const moved = useCallback(() => {
    pending.current = true;
  }, []);
  const take = useCallback(() => {
    const was = pending.current;
    pending.current = false;
    return was;
  }, []);
  return useMemo(() => ({ moved, take }), [moved, take]);
}

/** Call before showing another view (opening a form, a case): its heading takes focus. */
export function useMoved(): () => void {
  return useContext(ViewMoves)?.moved ?? noop;
}

function noop() {}

export function ViewMovesProvider({
  value,
  children,
}: {
  readonly value: Moves;
  readonly children: ReactNode;
}) {
  return <ViewMoves.Provider value={value}>{children}</ViewMoves.Provider>;
}

/** Scrolls to the top and focuses the heading, when the user has just moved to this view. */
export function useViewTop<T extends HTMLElement>(ref: RefObject<T | null>): void {
  const moves = useContext(ViewMoves);
  useEffect(() => {
    if (!moves?.take()) return;
    window.scrollTo({ top: 0 });
    ref.current?.focus({ preventScroll: true });
  }, [moves, ref]);
}

/** A view's heading: where focus lands when the user moves to the view (tabIndex -1). */
export function ViewHeading(props: {
  readonly id?: string;
  readonly className?: string;
  readonly level?: 2 | 3;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useViewTop(ref);
  const Tag = props.level === 3 ? "h3" : "h2";
  return (
    <Tag ref={ref} id={props.id} className={props.className} tabIndex={-1}>
      {props.children}
    </Tag>
  );
}

/** Where focus should go: an element held in a ref, or found when it is time (it may be new). */
export type FocusTarget = RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

/**
 * Focus that follows a change of state (a form closed, a decision saved): ask for it with the
 * state change, and it moves once React has committed what that change shows, in an effect
 * rather than on a timer, so it never lands on an element that is going or not yet in the page.
 * A target not in the page yet (still loading) is tried again on the next render.
 */
export function useFocusAfterRender(): (target: FocusTarget) => void {
  const pending = useRef<FocusTarget | null>(null);
  const [, rendered] = useState(0);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    const element = typeof target === "function" ? target() : target.current;
    if (!element?.isConnected) return;
    pending.current = null;
    element.focus();
  });
  return useCallback((target: FocusTarget) => {
    pending.current = target;
    rendered((n) => n + 1);
  }, []);
}

/**
 * The control that opened a form or a view, focused again when it closes (Cancel, Close).
 * `remember` when opening; `restore` when closing. If the opener itself was replaced while the
 * form was open, the control of the same tag and text takes focus instead; if it is gone (what
 * it offered is done), `fallback`.
 */
export function useFocusReturn(): {
  readonly remember: () => void;
  readonly restore: (fallback?: FocusTarget) => void;
} {
  const focusLater = useFocusAfterRender();
  const opener = useRef<{ element: HTMLElement; name: string } | null>(null);
  const remember = useCallback(() => {
    const active = document.activeElement;
    opener.current =
      active instanceof HTMLElement && active !== document.body
        ? { element: active, name: active.textContent ?? "" }
        : null;
  }, []);
  const restore = useCallback(
    (fallback?: FocusTarget) => {
      const was = opener.current;
      focusLater(() => {
        const same =
          was && was.element.isConnected
            ? was.element
            : was &&
              [...document.querySelectorAll<HTMLElement>(was.element.tagName)].find(
                (e) => e.textContent === was.name,
              );
        if (same) return same;
        return typeof fallback === "function" ? fallback() : fallback?.current;
      });
    },
    [focusLater],
  );
  return useMemo(() => ({ remember, restore }), [remember, restore]);
}
