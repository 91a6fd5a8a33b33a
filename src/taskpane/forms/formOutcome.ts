/** What a form's submit gives back: done (with what to say), or errors by field, or a problem. */
export type FormOutcome =
  | { readonly kind: "done"; readonly message: string }
  | {
      readonly kind: "invalid";
      /** Keyed by the form's field names; each message says how to put it right. */
      readonly fieldErrors: Readonly<Record<string, string>>;
      readonly message?: string;
    }
  | { readonly kind: "failed"; readonly message: string };
