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
