/**
 * What the officer can do with a letter, and only that: the channel the terms and adjustments
 * allow, said in words. An email opens in Outlook and its copy is kept with the case; a printable
 * letter opens as a PDF to print, then is recorded as sent by post on the date given.
 */
import { Button, Link, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { KeptLetter, LetterService } from "../../app/letters/delivery";
import type { Letter } from "../../app/letters/letter";
import type { PrintedLetter } from "../../app/ports";
import { failureText } from "../case/failureText";
import { DateField } from "../case/decisions/fields";
import { useCaseStyles } from "../case/case.styles";

export type LetterActionsProps = {
  readonly letter: Letter;
  readonly letters: LetterService;
  /** Opens the email again (emailed letters only): as a reply or a new message. */
  readonly onOpenEmail?: () => void;
};

/** The PDF in a new window (the browser's viewer prints it), and a link in case that is blocked. */
function usePrinted(letters: LetterService, letter: Letter) {
  const [printed, setPrinted] = useState<{ url: string; letter: PrintedLetter } | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const urlRef = useRef<string | null>(null);
  useEffect(
    () => () => {
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    },
    [],
  );
  async function open() {
    setBusy(true);
    setProblem(undefined);
    try {
      const made = await letters.print(letter);
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      const url = URL.createObjectURL(new Blob([made.pdf.slice()], { type: "application/pdf" }));
      urlRef.current = url;
      setPrinted({ url, letter: made });
      window.open(url, "_blank", "noopener");
    } catch (e) {
      setProblem(`The letter could not be made ready to print. ${failureText(e)}`);
    } finally {
      setBusy(false);
    }
  }
  return { printed, problem, busy, open };
}

function KeptLink({ kept }: { readonly kept: KeptLetter | null }) {
  if (kept?.kind !== "done") return null;
  return (
    <>
      {" "}
      <Link href={kept.document.webUrl} target="_blank" rel="noreferrer">
        {kept.document.name}
      </Link>
    </>
  );
}

function PostActions({ letter, letters }: LetterActionsProps) {
  const styles = useCaseStyles();
  const { printed, problem, busy, open } = usePrinted(letters, letter);
  const [sentOn, setSentOn] = useState<string>(() => letters.today());
  const [posted, setPosted] = useState<KeptLetter | null>(null);
  const [recording, setRecording] = useState(false);
  const noAddress = letter.addressBlock.length < 2;

  async function record() {
    setRecording(true);
    try {
      setPosted(await letters.recordSentByPost(letter, sentOn));
    } finally {
      setRecording(false);
    }
  }

  const substitutions = printed?.letter.substitutions ?? [];
  return (
    <div className={styles.section}>
      {noAddress ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            No postal address is held for {letter.addresseeName}: add it under “Letters and
            documents”, or write it on the letter before posting.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void open()}>
          {busy ? "Making the letter…" : "Open the letter to print"}
        </Button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {printed ? (
        <p role="status">
          The letter ({printed.letter.pages} {printed.letter.pages === 1 ? "page" : "pages"}
          {letter.channel.largePrint ? ", large print" : ""}) opened in a new window to print. If it
          did not open,{" "}
          <Link href={printed.url} download={`${letter.ref} ${letter.kind}.pdf`}>
            download the letter (PDF)
          </Link>
          .
        </p>
      ) : null}
      {substitutions.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            The printed letter shows{" "}
            {substitutions.map((s) => `“${s.from}” as “${s.to}”`).join(", ")}: correct them by hand
            before posting.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {posted?.kind === "done" ? (
        <p role="status">
          {posted.message}
          <KeptLink kept={posted} />
        </p>
      ) : (
        <>
          <DateField
            label="Posted on"
            value={sentOn}
            onChange={setSentOn}
            error={posted?.kind === "invalid" ? posted.message : undefined}
          />
          <div className={styles.actions}>
            <Button disabledFocusable={recording} onClick={() => void record()}>
              {recording ? "Recording…" : "Record as sent by post"}
            </Button>
          </div>
          {posted?.kind === "failed" ? <p role="alert">{posted.message}</p> : null}
        </>
      )}
    </div>
  );
}

function EmailActions({ letter, letters, onOpenEmail }: LetterActionsProps) {
  const styles = useCaseStyles();
  const [kept, setKept] = useState<KeptLetter | null>(null);
  // Once per letter (the caller keeps `letters` stable); keeping is idempotent besides.
  useEffect(() => {
    let live = true;
    void letters.keepEmailed(letter).then((k) => live && setKept(k));
    return () => {
      live = false;
    };
  }, [letters, letter]);
  async function keep() {
    setKept(null);
    setKept(await letters.keepEmailed(letter));
  }
  return (
    <div className={styles.section}>
      {kept === null ? <Spinner size="tiny" label="Keeping a copy with the case…" /> : null}
      {kept?.kind === "done" ? (
        <p role="status">
          {kept.message}
          <KeptLink kept={kept} />
        </p>
      ) : null}
      {kept && kept.kind !== "done" ? (
        <p role="alert">
          {kept.message} <Button onClick={() => void keep()}>Try again</Button>
        </p>
      ) : null}
      {onOpenEmail ? (
        <div className={styles.actions}>
          <Button onClick={onOpenEmail}>Open the letter again</Button>
        </div>
      ) : null}
    </div>
  );
}

export function LetterActions(props: LetterActionsProps) {
  const { channel } = props.letter;
  return (
    <section aria-label="How this letter goes">
      <MessageBar intent={channel.kind === "post" ? "warning" : "info"} layout="multiline">
        <MessageBarBody>{channel.explanation}</MessageBarBody>
      </MessageBar>
      {channel.alsoNeeded.map((need) => (
        <MessageBar key={need} intent="warning" layout="multiline">
          <MessageBarBody>{need}</MessageBarBody>
        </MessageBar>
      ))}
      {channel.kind === "post" ? <PostActions {...props} /> : <EmailActions {...props} />}
    </section>
  );
}
