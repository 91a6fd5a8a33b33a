/** Subject access (UK GDPR Art. 15): everything held, as a readable document and as JSON. */
import { Button } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { AppDeps } from "../../../app/deps";
import { exportSubjectAccess } from "../../../app/subjectAccess";
import type { Actor, CaseRef } from "../../../domain/types";
import { useCaseStyles } from "../case.styles";
import { failureText } from "../failureText";

export type SubjectAccessExportProps = {
  readonly deps: AppDeps;
  readonly caseRef: CaseRef;
  /** The user as the city helpdesk manager. */
  readonly actor: Actor;
};

type Files = {
  readonly text: string;
  readonly json: string;
  readonly staff: string;
  readonly base: string;
};

export default function SubjectAccessExport({ deps, caseRef, actor }: SubjectAccessExportProps) {
  const styles = useCaseStyles();
  const [busy, setBusy] = useState(false);
  const [files, setFiles] = useState<Files | null>(null);
  const [problem, setProblem] = useState<string | undefined>();

  // The Blob URLs hold the customer's data: release them when the pane moves on.
  useEffect(
    () => () => {
      if (files) {
        URL.revokeObjectURL(files.text);
        URL.revokeObjectURL(files.json);
        URL.revokeObjectURL(files.staff);
      }
    },
    [files],
  );

  async function run() {
    setBusy(true);
    setProblem(undefined);
    try {
      const result = await exportSubjectAccess(deps, actor, caseRef);
      if (!result.ok) setProblem(result.error.message);
      else {
        const built = result.value;
        setFiles({
          text: URL.createObjectURL(new Blob([built.text], { type: "text/plain;charset=utf-8" })),
          json: URL.createObjectURL(
            new Blob([JSON.stringify(built.json, null, 2)], { type: "application/json" }),
          ),
          staff: URL.createObjectURL(
            new Blob([built.staffNotes], { type: "text/plain;charset=utf-8" }),
          ),
          base: built.fileBaseName,
        });
      }
    } catch (e) {
      setProblem(failureText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.section} aria-labelledby="subject-access">
      <h3 id="subject-access" className={styles.subheading}>
        Subject access
      </h3>
      <p>
        Export everything held about this customer: the register, the case file, contacts, the
        history and letters, with the information the law requires. The note for staff lists the
        other people in it to decide on before release. The export is recorded in the history.
      </p>
      <div className={styles.actions}>
        <Button onClick={() => void run()} disabledFocusable={busy}>
          {busy ? "Exporting…" : "Subject access export"}
        </Button>
      </div>
      {problem ? <p role="alert">{problem}</p> : null}
      {files ? (
        <ul className={styles.list} role="status" aria-label="Export ready">
          <li>
            <a href={files.text} download={`${files.base}.txt`}>
              Download the readable document ({files.base}.txt)
            </a>
          </li>
          <li>
            <a href={files.json} download={`${files.base}.json`}>
              Download the data as JSON ({files.base}.json)
            </a>
          </li>
          <li>
            <a href={files.staff} download={`${files.base}-for-staff.txt`}>
              Download the note for staff, not for release ({files.base}-for-staff.txt)
            </a>
          </li>
        </ul>
      ) : null}
    </section>
  );
}
