import { MultiSelect, type MultiSelectProps } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "../../common/limits";
import { languageOptions } from "../i18n/languages";

type LanguagesMultiSelectProps = Omit<MultiSelectProps, "data" | "value"> & { value?: string[] };

/** Languages someone speaks, chosen by name in the interface language and stored as ISO 639 codes. */
export function LanguagesMultiSelect({ value = [], ...props }: LanguagesMultiSelectProps) {
  const { t, i18n } = useTranslation();
  const data = useMemo(() => languageOptions(i18n.language, value), [i18n.language, value]);
  return (
    <MultiSelect
      searchable
      clearable
      hidePickedOptions
      maxValues={LIMITS.languagesMax}
      nothingFoundMessage={t("languages.nothingFound")}
      {...props}
      onKeyDown={(event) => {
        // Enter picks a language; with none highlighted it must not send the whole form half-filled.
        if (event.key === "Enter") event.preventDefault();
        props.onKeyDown?.(event);
      }}
      value={value}
      data={data}
    />
  );
}
