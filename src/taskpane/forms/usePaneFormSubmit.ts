import { type FormEvent, useRef, useState } from "react";
import type { FormOutcome } from "../../app/pane";
import { useFocusAfterRender } from "../shell/viewFocus";

/**
 * Sends a pane form through its use case (which never rejects) and keeps what came back. Focus
 * then moves to what the user must read next: the first wrong field (the first box of a wrong
 * group), or the result.
 */
export function usePaneFormSubmit<I, V>(send: (input: I) => Promise<FormOutcome<V>>) {
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const focusLater = useFocusAfterRender();
  const [outcome, setOutcome] = useState<FormOutcome<V> | null>(null);
  const errors: Readonly<Record<string, string>> =
    outcome?.kind === "invalid" ? outcome.fieldErrors : {};

  async function submit(event: FormEvent, input: I): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await send(input);
    setBusy(false);
    setOutcome(result);
    focusLater(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      const target = invalid?.matches("fieldset")
        ? invalid.querySelector<HTMLElement>("input")
        : invalid;
      return result.kind === "invalid" && target ? target : resultRef.current;
    });
  }

  return { formRef, resultRef, busy, outcome, errors, submit };
}
