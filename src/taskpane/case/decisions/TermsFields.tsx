/** Every kind of term in 5.2.3, and for senior deciders the extreme measures of 5.2.5. */
import { Button, Checkbox, Field, Input, Select, Textarea } from "@fluentui/react-components";
import {
  BLOCKABLE_CHANNELS,
  MAX_OTHER_CONDITIONS,
  OTHER_CONDITION_LIMIT,
} from "../../../domain/terms";
import {
  CHANNELS,
  type Channel,
  type IsoWeekday,
  VOLUME_PERIODS,
  type VolumePeriod,
} from "../../../domain/types";
import { channelName, weekdayName } from "../../../domain/wording";
import { FieldGroup } from "../../forms/FieldGroup";
import { useFormStyles } from "../../forms/forms.styles";
import {
  NEW_VOLUME,
  NEW_WINDOW,
  type TermsDraft,
  type VolumeDraft,
  type WindowDraft,
} from "./termsDraft";

const DAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7];
const PERIOD_WORDS: Readonly<Record<VolumePeriod, string>> = {
  day: "a day",
  week: "a week",
  fortnight: "a fortnight",
  month: "a calendar month",
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toggle<T>(list: readonly T[], item: T, on: boolean): readonly T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

function ChannelChoices(props: {
  readonly legend: string;
  readonly channels: readonly Channel[];
  readonly value: readonly Channel[];
  readonly onChange: (value: readonly Channel[]) => void;
}) {
  const styles = useFormStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.channels.map((c) => (
        <Checkbox
          key={c}
          label={capitalise(channelName(c))}
          checked={props.value.includes(c)}
          onChange={(_e, d) => props.onChange(toggle(props.value, c, d.checked === true))}
        />
      ))}
    </fieldset>
  );
}

export type TermsFieldsProps = {
  readonly value: TermsDraft;
  readonly onChange: (value: TermsDraft) => void;
  /** Show the 5.2.5 measures: only for the assistant director or the City Solicitor. */
  readonly extreme: boolean;
  readonly error?: string | undefined;
  /**
   * "arrangement": the way forward proposed at step one (5.1), in the same vocabulary, without
   * the filing rules of 5.2.3 (those are notices of restrictions).
   */
  readonly purpose?: "restrictions" | "arrangement";
};

export function TermsFields(props: TermsFieldsProps) {
  const { value, onChange, extreme, error } = props;
  const arrangement = props.purpose === "arrangement";
  const styles = useFormStyles();
  const set = <K extends keyof TermsDraft>(key: K, next: TermsDraft[K]) =>
    onChange({ ...value, [key]: next });
  const setWindow = (i: number, w: WindowDraft) =>
    set(
      "windows",
      value.windows.map((x, j) => (j === i ? w : x)),
    );
  const setVolume = (i: number, v: VolumeDraft) =>
    set(
      "volumes",
      value.volumes.map((x, j) => (j === i ? v : x)),
    );

  return (
    <FieldGroup
      legend={arrangement ? "Proposed contact arrangement (5.1)" : "Terms (5.2.3)"}
      error={error}
    >
      <ChannelChoices
        legend="Contact only by (leave empty for any channel)"
        channels={CHANNELS}
        value={value.allowedChannels}
        onChange={(v) => set("allowedChannels", v)}
      />

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Contact only on these days and times (UK time)</legend>
        {value.windows.map((w, i) => (
          <fieldset key={i} className={styles.fieldset}>
            <legend className={styles.legend}>Contact window {i + 1}</legend>
            {DAYS.map((d) => (
              <Checkbox
                key={d}
                label={weekdayName(d)}
                checked={w.days.includes(d)}
                onChange={(_e, data) =>
                  setWindow(i, {
                    ...w,
                    days: [...toggle(w.days, d, data.checked === true)].sort((a, b) => a - b),
                  })
                }
              />
            ))}
            {/* Typed, not type="time": its clock follows the computer (AM/PM on some). */}
            <Field label="From" hint="24-hour clock, for example 09:30.">
              <Input
                value={w.from}
                autoComplete="off"
                onChange={(_e, d) => setWindow(i, { ...w, from: d.value })}
              />
            </Field>
            <Field label="Until (not including)" hint="24-hour clock; 00:00 for midnight.">
              <Input
                value={w.to}
                autoComplete="off"
                onChange={(_e, d) => setWindow(i, { ...w, to: d.value })}
              />
            </Field>
            <div className={styles.actions}>
              <Button
                onClick={() =>
                  set(
                    "windows",
                    value.windows.filter((_x, j) => j !== i),
                  )
                }
              >
                Remove contact window {i + 1}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className={styles.actions}>
          <Button onClick={() => set("windows", [...value.windows, NEW_WINDOW])}>
            Add a contact window
          </Button>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>Volume allowances</legend>
        {value.volumes.map((v, i) => (
          <fieldset key={i} className={styles.fieldset}>
            <legend className={styles.legend}>Volume allowance {i + 1}</legend>
            <Field label="At most">
              <Input
                type="number"
                min={1}
                max={1000}
                value={v.max}
                onChange={(_e, d) => setVolume(i, { ...v, max: d.value })}
              />
            </Field>
            <Field label="Per">
              <Select
                className={styles.select}
                value={v.per}
                onChange={(_e, d) => {
                  const per = VOLUME_PERIODS.find((p) => p === d.value);
                  if (per) setVolume(i, { ...v, per });
                }}
              >
                {VOLUME_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {PERIOD_WORDS[p]}
                  </option>
                ))}
              </Select>
            </Field>
            <ChannelChoices
              legend={`Counting (leave empty to count every channel), allowance ${i + 1}`}
              channels={CHANNELS}
              value={v.channels}
              onChange={(channels) => setVolume(i, { ...v, channels })}
            />
            <div className={styles.actions}>
              <Button
                onClick={() =>
                  set(
                    "volumes",
                    value.volumes.filter((_x, j) => j !== i),
                  )
                }
              >
                Remove volume allowance {i + 1}
              </Button>
            </div>
          </fieldset>
        ))}
        <div className={styles.actions}>
          <Button onClick={() => set("volumes", [...value.volumes, NEW_VOLUME])}>
            Add a volume allowance
          </Button>
        </div>
      </fieldset>

      <Checkbox
        label="Contact only with the SPOC (or the deputy in their absence)"
        checked={value.spocOnly}
        onChange={(_e, d) => set("spocOnly", d.checked === true)}
      />
      {arrangement ? null : (
        <>
          <Checkbox
            label="Only significant and serious queries are answered; other contact is filed"
            checked={value.significantQueriesOnly}
            onChange={(_e, d) => set("significantQueriesOnly", d.checked === true)}
          />
          <Checkbox
            label="Only new issues are dealt with"
            checked={value.newIssuesOnly}
            onChange={(_e, d) => set("newIssuesOnly", d.checked === true)}
          />
        </>
      )}
      <Field
        label="Other conditions, in your own words (one a line)"
        hint={`The add-in shows these to staff but cannot check them. At most ${MAX_OTHER_CONDITIONS}, of up to ${OTHER_CONDITION_LIMIT} characters each.`}
      >
        <Textarea
          value={value.otherConditions}
          resize="vertical"
          onChange={(_e, d) => set("otherConditions", d.value)}
        />
      </Field>

      {extreme ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Extreme measures (5.2.5)</legend>
          <ChannelChoices
            legend="Block"
            channels={BLOCKABLE_CHANNELS}
            value={value.blockedChannels}
            onChange={(v) => set("blockedChannels", v)}
          />
          <Field label="Restrict access to council premises (describe the restriction)">
            <Textarea
              value={value.premisesRestriction}
              resize="vertical"
              onChange={(_e, d) => set("premisesRestriction", d.value)}
            />
          </Field>
        </fieldset>
      ) : null}
    </FieldGroup>
  );
}
