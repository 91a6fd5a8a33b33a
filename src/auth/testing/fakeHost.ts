/** A scripted AuthHost: NAA support as set, dialogs that answer as scripted, opened URLs kept. */
import type { AuthHost, DialogOutcome } from "../host";
import { PROTOCOL, type DialogToken } from "../fallback/protocol";

export const ADDIN_ORIGIN = "https://addin.council.example";

export class FakeHost implements AuthHost {
  readonly openedUrls: URL[] = [];
  private readonly outcomes: DialogOutcome[] = [];

  constructor(
    public naaSupported = true,
    private readonly hint: string | undefined = "alex.morgan@council.example",
  ) {}

  /** Queues how the next dialogs end. */
  answer(...outcomes: DialogOutcome[]): this {
    this.outcomes.push(...outcomes);
    return this;
  }

  isNestedAppAuthSupported(): boolean {
    return this.naaSupported;
  }

  openDialog(url: string): Promise<DialogOutcome> {
    this.openedUrls.push(new URL(url));
    const outcome = this.outcomes.shift();
    return outcome
      ? Promise.resolve(outcome)
      : Promise.reject(new Error("FakeHost: no dialog outcome scripted"));
  }

  loginHint(): string | undefined {
    return this.hint;
  }
}

/** The message our dialog page sends on success, from our own origin. */
export function dialogTokenMessage(
  accessToken: string,
  expiresOn: Date,
  claims: Record<string, unknown> = {
    preferred_username: "alex.morgan@council.example",
    name: "Alex Morgan",
    roles: ["Frontline"],
  },
): DialogOutcome {
  const answer: DialogToken = {
    protocol: PROTOCOL,
    kind: "token",
    accessToken,
    expiresOn: expiresOn.getTime(),
    claims,
  };
  return { kind: "message", message: JSON.stringify(answer), origin: ADDIN_ORIGIN };
}
