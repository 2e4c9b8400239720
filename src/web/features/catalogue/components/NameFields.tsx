import { Button, CloseButton, Fieldset, Menu, Stack, Text, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { LIMITS } from "../../../../common/limits";
import { addableNameLanguages, isRequiredNameLanguage, shownNameLanguages } from "../catalogue.logic";
import { languageName } from "../language-names";

interface NameFieldsProps {
  names: Record<string, string>;
  /** `form.getInputProps("names.<language>")`. */
  inputProps: (language: string) => GetInputPropsReturnType;
  onAdd: (language: string) => void;
  onRemove: (language: string) => void;
  autoFocus?: boolean;
}

/**
 * The name in Danish and English (both required), and in any of the women's languages: the door
 * can then show her the service in her own language.
 */
export function NameFields({ names, inputProps, onAdd, onRemove, autoFocus }: NameFieldsProps) {
  const { t, i18n } = useTranslation("catalogue");
  const languages = shownNameLanguages(names);
  const addable = addableNameLanguages(names);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  // A name just added gets the cursor, so typing can start at once.
  useEffect(() => {
    if (!justAdded) return;
    inputs.current.get(justAdded)?.focus();
    setJustAdded(null);
  }, [justAdded]);

  const remove = (language: string) => {
    onRemove(language);
    addButton.current?.focus();
  };

  return (
    <Fieldset
      legend={
        <Text component="span" fw={600}>
          {t("form.names")}
        </Text>
      }
      variant="unstyled"
    >
      <Stack gap="sm">
        <Text size="sm" c="dark.6">
          {t("form.namesHelp")}
        </Text>
        {languages.map((language, index) => {
          const required = isRequiredNameLanguage(language);
          const name = languageName(language, i18n.language);
          return (
            <TextInput
              key={language}
              ref={(element) => {
                if (element) inputs.current.set(language, element);
                else inputs.current.delete(language);
              }}
              label={t("form.nameIn", { language: name })}
              lang={language}
              required={required}
              maxLength={LIMITS.serviceNameMax}
              data-autofocus={autoFocus && index === 0 ? true : undefined}
              rightSection={
                required ? undefined : (
                  <CloseButton
                    aria-label={t("form.removeName", { language: name })}
                    onClick={() => remove(language)}
                  />
                )
              }
              {...inputProps(language)}
            />
          );
        })}
        {addable.length > 0 && (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button ref={addButton} variant="light" size="sm" w="fit-content">
                {t("form.addName")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {addable.map((language) => (
                <Menu.Item
                  key={language}
                  onClick={() => {
                    onAdd(language);
                    setJustAdded(language);
                  }}
                >
                  {languageName(language, i18n.language, { capitalise: true })}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        )}
      </Stack>
    </Fieldset>
  );
}
