import type { BehaviourExample } from "./types";

export type BehaviourWording = {
  /** A short label for lists and forms. */
  readonly label: string;
  /** The example as the policy words it (4.1). */
  readonly description: string;
};

/** The examples of 4.1 in words people recognise. The policy says they are not exhaustive. */
export const BEHAVIOUR_WORDING: Readonly<Record<BehaviourExample, BehaviourWording>> = {
  scattergun: {
    label: "Scattergun approach",
    description:
      "Pursuing an enquiry with several service areas or organisations at the same time, or contacting a number of staff, councillors and others with the same issue.",
  },
  excessiveDemands: {
    label: "Excessive demands on time",
    description:
      "Making unnecessarily excessive demands on staff time and resources, such as telephoning or emailing daily or several times a day, or writing lengthy complex letters every few days.",
  },
  abusiveRemarks: {
    label: "Sarcastic, rude or threatening remarks",
    description:
      "Making frequent remarks to staff that could be considered sarcastic, rude, derogatory, discriminatory, racist or threatening.",
  },
  insistsAgainstPolicy: {
    label: "Insisting on handling against policy",
    description:
      "Insisting that an issue is dealt with in a way that is not consistent with council policy.",
  },
  repetitiveQuestions: {
    label: "Numerous irrelevant or repetitive questions",
    description:
      "Raising numerous detailed but potentially irrelevant or repetitive questions and insisting that they are answered.",
  },
  falsifiedDocuments: {
    label: "Falsified or irrelevant documents",
    description: "Submitting documents that are potentially falsified or materially irrelevant.",
  },
  refusesFinalDecision: {
    label: "Refusing a final decision",
    description:
      "Unreasonably refusing to accept a council decision after all appeal options have been exhausted.",
  },
  refusesOutsideResponsibility: {
    label: "Refusing that an issue is outside the council's control",
    description:
      "Unreasonably refusing to accept that certain issues are outside the council's responsibility and control.",
  },
  refusesOutsideRemit: {
    label: "Refusing that an issue is outside the council's remit",
    description:
      "Unreasonably refusing to accept that certain issues are not within the remit of the council's statutory duty, policy or procedures.",
  },
  groundlessComplaintsAboutStaff: {
    label: "Groundless complaints about staff",
    description:
      "Making what appear to be groundless complaints about staff and seeking to have them replaced or removed.",
  },
  covertRecording: {
    label: "Recording without consent",
    description:
      "Electronically recording meetings and conversations without the prior knowledge and consent of the other people involved.",
  },
};

export function describeBehaviour(example: BehaviourExample): BehaviourWording {
  return BEHAVIOUR_WORDING[example];
}
