import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { SecondFactorForm } from "../components/SecondFactorForm";
import { SignInStepGate } from "../components/SignInStepGate";

export function SecondFactorPage() {
  const { t } = useTranslation("accounts");
  usePageTitle(t("secondFactor.title"));
  return (
    <SignInStepGate allow={(me) => me.next === "second_factor"}>{() => <SecondFactorForm />}</SignInStepGate>
  );
}
