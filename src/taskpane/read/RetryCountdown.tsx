import { useEffect, useState } from "react";

export type RetryCountdownProps = {
  /** How long from when this verdict appeared until the pane checks again by itself. */
  readonly afterMs: number;
  readonly className?: string;
};

function inWords(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds <= 0) return "Checking again now…";
  return `Checking again in ${seconds === 1 ? "1 second" : `${seconds} seconds`}.`;
}

/**
 * The seconds until the automatic re-check, counting down live. It is not a live region: the
 * verdict's title already says the time, and a screen reader announcing every second would drown
 * everything else out.
 */
export function RetryCountdown({ afterMs, className }: RetryCountdownProps) {
  const [due] = useState(() => Date.now() + afterMs);
  const [left, setLeft] = useState(afterMs);
  useEffect(() => {
    const tick = () => setLeft(Math.max(0, due - Date.now()));
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [due]);
  return (
    <p className={className} data-countdown="">
      {inWords(left)}
    </p>
  );
}
