/**
 * One polite live region for the pane, always in the page, for the results of actions ("Logged",
 * "Decision saved", the forward to the SPOC): a region inserted with its text already in it is
 * often not read, and a result worded as the last one would not be read again. Each
 * announcement replaces the last as a new node, so it is read even when the words repeat.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import { useAppStyles } from "../App.styles";

type Announce = (text: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/** Says `text` to screen readers, politely (after what they are reading). */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function Announcer({ children }: { readonly children: ReactNode }) {
  const styles = useAppStyles();
  const [said, setSaid] = useState<{ readonly text: string; readonly n: number }>({
    text: "",
    n: 0,
  });
  const announce = useCallback((text: string) => setSaid((s) => ({ text, n: s.n + 1 })), []);
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      <div aria-live="polite" className={styles.visuallyHidden} data-announcer="">
        {said.text ? <p key={said.n}>{said.text}</p> : null}
      </div>
      {children}
    </AnnounceContext.Provider>
  );
}
