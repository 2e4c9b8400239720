import { Box, Text, TextInput } from "@mantine/core";
import type { ChangeEvent, ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import { readTypedCode, type TypedCode } from "../visitors.code-input";

interface CodeFieldProps {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  error?: ReactNode;
  description?: ReactNode;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Data attribute Mantine's modals focus first. */
  "data-autofocus"?: boolean;
}

/** What the reader hears and sees about the code typed so far; null while there is nothing to say. */
export function useTypedCodeMessage() {
  const { t } = useTranslation("visitors");
  return (typed: TypedCode): string | null => {
    switch (typed.kind) {
      case "empty":
        return null;
      case "incomplete":
        return t("code.status.incomplete", { shown: typed.shown, count: typed.count });
      case "unusedCharacters":
        return t("code.status.unusedCharacters", {
          characters: typed.characters.map((ch) => `“${ch}”`).join(", "),
          count: typed.characters.length,
        });
      case "tooLong":
        return t("code.status.tooLong", { count: typed.count });
      case "checkFailed":
        return t("code.status.checkFailed", { shown: typed.shown });
      case "valid":
        return t("code.status.valid", { shown: typed.shown });
    }
  };
}

/**
 * A field for a visitor code as read from her card: large, plain characters, and a line under it
 * that says live how the code reads (grouped as on the card) or what is wrong with it. What was
 * typed is kept exactly as typed.
 */
export function CodeField(props: CodeFieldProps) {
  const { t } = useTranslation("visitors");
  const message = useTypedCodeMessage();
  const typed = readTypedCode(props.value);
  const text = props.error ? null : message(typed);
  // Counting up while typing is shown but not announced; a finished or wrong code is announced once.
  const announce = typed.kind !== "incomplete";
  return (
    <Box>
      <TextInput
        ref={props.inputRef}
        label={props.label}
        description={props.description ?? t("code.help")}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
        autoFocus={props.autoFocus}
        data-autofocus={props["data-autofocus"]}
        size="lg"
        maxLength={20}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        styles={{
          input: {
            fontFamily: "var(--mantine-font-family-monospace)",
            fontSize: "1.5rem",
            letterSpacing: "0.12em",
            textTransform: "uppercase",
          },
        }}
      />
      {!announce && text && (
        <Text size="md" mt={6} c="dark.7">
          {text}
        </Text>
      )}
      <div role="status">
        {announce && text && (
          <Text size="md" mt={6} fw={600} c={typed.kind === "valid" ? "calm.9" : "red.9"}>
            {text}
          </Text>
        )}
      </div>
    </Box>
  );
}
