import { Button, Group, Select, Stack } from "@mantine/core";
import { type KeyboardEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { UNKNOWN_COUNTRY } from "../../common/countries";
import { countryName, countryOptions, matchCountries } from "./country-names";

interface CountrySelectProps {
  /** An ISO 3166-1 alpha-2 code, "XX" for not known, or null before one is chosen. */
  value: string | null;
  onChange: (code: string) => void;
  /** The site's most frequent nationalities, most frequent first: shown as large buttons. */
  frequent?: readonly string[];
  label: string;
  error?: React.ReactNode;
  /** How many frequent ones get a button; 8 by default. */
  maxFrequent?: number;
  autoFocus?: boolean;
  /** The text input's id, to move focus to it (after a refusal, say). */
  id?: string;
}

/**
 * A country picker made for the door: one touch on a frequent nationality or on "Not known", or type
 * a few letters of any country's name (in the interface language) and press Enter.
 */
export function CountrySelect({
  value,
  onChange,
  frequent = [],
  label,
  error,
  maxFrequent = 8,
  autoFocus,
  id,
}: CountrySelectProps) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  const data = useMemo(() => countryOptions(language), [language]);
  const buttons = useMemo(() => {
    const codes = frequent.filter((code) => code !== UNKNOWN_COUNTRY).slice(0, maxFrequent);
    return [...codes, UNKNOWN_COUNTRY];
  }, [frequent, maxFrequent]);

  const [search, setSearch] = useState("");
  // Controlled, so a choice made by Enter below closes the list as a click on an option does: left
  // open, it covers the next question and the next touch lands on another country.
  const [opened, setOpened] = useState(false);

  // Enter picks the best match of what was typed, also when the text came in one piece (pasted, or
  // typed faster than the list could follow) and the list has not highlighted it. An option chosen
  // with the arrow keys still wins: the list handles Enter after this and picks it.
  const pickFirstMatch = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    const chosenLabel = data.find((option) => option.value === value)?.label;
    if (!search.trim() || search === chosenLabel) return;
    const best = matchCountries(data, search)[0];
    if (!best) return;
    event.preventDefault();
    onChange(best.value);
    setOpened(false);
  };

  return (
    <Stack gap="xs">
      <Select
        id={id}
        label={label}
        data={data}
        value={value}
        onChange={(code) => {
          if (code) onChange(code);
        }}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        onKeyDown={pickFirstMatch}
        dropdownOpened={opened}
        onDropdownOpen={() => setOpened(true)}
        onDropdownClose={() => setOpened(false)}
        filter={({ options, search: typed }) =>
          matchCountries(options as { value: string; label: string }[], typed)
        }
        selectFirstOptionOnChange
        // Opens when she types or on a click, not on focus: focus moved here after a refusal must not
        // cover the message. Kept mounted, so the first match is chosen from the first letter typed.
        openOnFocus={false}
        allowDeselect={false}
        nothingFoundMessage={t("country.nothingFound")}
        placeholder={t("country.placeholder")}
        error={error}
        autoFocus={autoFocus}
        limit={60}
        maxDropdownHeight={320}
        comboboxProps={{ withinPortal: true, keepMounted: true, keepMountedMode: "display-none" }}
      />
      <Group gap="xs" role="group" aria-label={t("country.frequentLabel")}>
        {buttons.map((code) => {
          const selected = value === code;
          return (
            <Button
              key={code}
              size="md"
              mih={44}
              variant={selected ? "filled" : "default"}
              aria-pressed={selected}
              onClick={() => onChange(code)}
            >
              {countryName(code, language)}
            </Button>
          );
        })}
      </Group>
    </Stack>
  );
}
