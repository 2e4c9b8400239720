import { useTranslation } from "react-i18next";
import type { Problem } from "./consultation-form";

/** A field's problem in the reader's language (`problems.*` in clinic.json). */
export function useProblemText() {
  const { t } = useTranslation("clinic");
  return (problem: Problem): string => {
    const { key, ...values } = problem;
    return t(`problems.${key}` as "problems.required", values);
  };
}
