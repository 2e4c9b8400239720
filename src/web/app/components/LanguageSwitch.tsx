import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isUiLanguage, type UiLanguage } from "../../i18n/i18n";

interface LanguageSwitchProps {
  value: string;
  onChange: (language: UiLanguage) => void;
  disabled?: boolean;
}

/** Dansk | English. Each name is written in its own language, as people look for their own. */
export function LanguageSwitch({ value, onChange, disabled }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t("language.label")}
      size="sm"
      value={value}
      disabled={disabled}
      onChange={(next) => {
        if (isUiLanguage(next)) onChange(next);
      }}
      data={[
        { value: "da", label: <span lang="da">{t("language.names.da")}</span> },
        { value: "en", label: <span lang="en">{t("language.names.en")}</span> },
      ]}
    />
  );
}
