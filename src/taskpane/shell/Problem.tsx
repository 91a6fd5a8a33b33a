import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";

export type ProblemProps = {
  readonly title: string;
  readonly detail?: string | undefined;
  readonly intent?: "error" | "warning" | "info";
  readonly children?: ReactNode;
};

/** A problem that stops the pane, said in words (never an error dump). */
export function Problem({ title, detail, intent = "error", children }: ProblemProps) {
  return (
    <MessageBar intent={intent} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail ? <div>{detail}</div> : null}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
