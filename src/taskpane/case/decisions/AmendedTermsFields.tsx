/** New terms from a review (5.2.6) or an appeal (5.2.7); extreme ones need 5.2.5 agreement. */
import type {
  AmendedTermsInput,
  ConsultedInput,
  FieldErrors,
  PersonInput,
} from "../../../app/decisions";
import type { PolicyConfig } from "../../../domain/config";
import type { RegisterEntry, RestrictionTerms, Result } from "../../../domain/types";
import { useFormStyles } from "../../forms/forms.styles";
import { DateField, NEW_CONSULTED, PersonFields, RoleSelect, TextField } from "./fields";
import { TermsFields } from "./TermsFields";
import { draftFromTerms, type TermsDraft, termsFromDraft } from "./termsDraft";

export type AmendedDraft = {
  readonly terms: TermsDraft;
  readonly newEnd: string;
  readonly spoc: PersonInput;
  readonly deputy: PersonInput;
  readonly agreedBy: ConsultedInput;
};

export function amendedDraft(entry: RegisterEntry): AmendedDraft {
  return {
    terms: draftFromTerms(entry.terms),
    newEnd: "",
    spoc: { name: "", email: "" },
    deputy: { name: "", email: "" },
    agreedBy: NEW_CONSULTED,
  };
}

function extremeChosen(draft: AmendedDraft): boolean {
  return draft.terms.blockedChannels.length > 0 || draft.terms.premisesRestriction.trim() !== "";
}

/** The amended terms as the use cases take them, or why the terms themselves are wrong. */
function amendedInput(draft: AmendedDraft): Result<AmendedTermsInput> {
  const terms: Result<RestrictionTerms> = termsFromDraft(draft.terms, true);
  if (!terms.ok) return terms;
  const given = (p: PersonInput) => p.name.trim() !== "" || p.email.trim() !== "";
  return {
    ok: true,
    value: {
      terms: terms.value,
      ...(draft.newEnd.trim() ? { newEnd: draft.newEnd } : {}),
      ...(given(draft.spoc) ? { spoc: draft.spoc } : {}),
      ...(given(draft.deputy) ? { deputy: draft.deputy } : {}),
      ...(extremeChosen(draft) ? { extremeAgreedBy: draft.agreedBy } : {}),
    },
  };
}

/**
 * The amended terms when they are right; otherwise undefined, after telling the form what is
 * wrong with them (nothing is sent).
 */
export function checkedAmendedTerms(
  draft: AmendedDraft,
  reject: (errors: FieldErrors, message: string) => void,
): AmendedTermsInput | undefined {
  const checked = amendedInput(draft);
  if (checked.ok) return checked.value;
  reject({ "outcome.terms": checked.error.message }, checked.error.message);
  return undefined;
}

export function AmendedTermsFields(props: {
  readonly value: AmendedDraft;
  readonly onChange: (value: AmendedDraft) => void;
  readonly errors: FieldErrors;
  readonly config: PolicyConfig;
}) {
  const styles = useFormStyles();
  const { value, onChange, errors, config } = props;
  const checked = amendedInput(value);
  const set = <K extends keyof AmendedDraft>(key: K, next: AmendedDraft[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>The amended restrictions</legend>
      <TermsFields
        value={value.terms}
        onChange={(t) => set("terms", t)}
        extreme
        error={checked.ok ? errors["outcome.terms"] : checked.error.message}
      />
      {extremeChosen(value) ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Extreme measures agreed by (5.2.5)</legend>
          <TextField
            label="Name"
            value={value.agreedBy.name}
            onChange={(name) => set("agreedBy", { ...value.agreedBy, name })}
            error={errors["outcome.extremeAgreedBy.name"]}
          />
          <TextField
            label="Email address"
            value={value.agreedBy.email}
            onChange={(email) => set("agreedBy", { ...value.agreedBy, email })}
            error={errors["outcome.extremeAgreedBy.email"]}
          />
          <RoleSelect
            label="Role"
            value={value.agreedBy.role}
            roles={["assistantDirector", "citySolicitor"]}
            onChange={(role) => set("agreedBy", { ...value.agreedBy, role })}
            config={config}
            error={errors["outcome.extremeAgreedBy.role"]}
          />
        </fieldset>
      ) : null}
      <DateField
        label="New last day (leave empty to keep the current one)"
        value={value.newEnd}
        onChange={(newEnd) => set("newEnd", newEnd)}
        error={errors["outcome.newEnd"]}
      />
      <PersonFields
        legend="New SPOC (leave empty to keep the current one)"
        field="outcome.spoc"
        value={value.spoc}
        onChange={(spoc) => set("spoc", spoc)}
        errors={errors}
      />
      <PersonFields
        legend="New deputy (leave empty to keep the current one)"
        field="outcome.deputy"
        value={value.deputy}
        onChange={(deputy) => set("deputy", deputy)}
        errors={errors}
      />
    </fieldset>
  );
}
