/** The notice (5.2.4, 5.2.6) recorded after the decision, and the end of a period (6). */
import { useState } from "react";
import { recordExpiry, recordNotice } from "../../../app/decisions";
import { formatLongDate } from "../../../domain/wording";
import { DecisionFormFrame } from "./DecisionFormFrame";
import { type DecisionFormProps, deciderText } from "./formProps";
import { type NoticeDraft, NoticeFields, noticeInput } from "./NoticeFields";
import { useDecisionSubmit } from "./useDecisionSubmit";

export function RecordNoticeForm(props: DecisionFormProps) {
  const { deps, view, loaded } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const [notice, setNotice] = useState<NoticeDraft>({
    kind: "notified",
    on: view.deadlines.today,
    reason: "",
  });
  const senior = view.seniorActor;
  const actor = notice.kind === "notNotified" && senior ? senior : props.actor;
  const save = () => {
    const input = noticeInput(notice);
    if (input) void submit.run(() => recordNotice(deps, loaded, actor, input));
  };
  return (
    <DecisionFormFrame
      title="Record how the customer was told (5.2.4, 5.2.6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the notice"
      {...submit}
      onSubmit={save}
      onCancel={props.onCancel}
    >
      <NoticeFields
        value={notice}
        onChange={setNotice}
        errors={submit.errors}
        allowLater={false}
        senior={senior}
        config={deps.config}
      />
    </DecisionFormFrame>
  );
}

export function ExpiryForm(props: DecisionFormProps) {
  const { deps, view, loaded, actor } = props;
  const submit = useDecisionSubmit(props.onDecided);
  const end = view.entry.period?.end;
  return (
    <DecisionFormFrame
      title="Record that the restrictions have ended (6)"
      decider={deciderText(actor, deps.config)}
      submitLabel="Record the end of the restrictions"
      {...submit}
      onSubmit={() => void submit.run(() => recordExpiry(deps, loaded, actor))}
      onCancel={props.onCancel}
    >
      <p>
        {end ? `The restrictions ended on ${formatLongDate(end)}. ` : ""}The case stops being
        flagged, and the file is kept for six years from that day (6).
      </p>
    </DecisionFormFrame>
  );
}
