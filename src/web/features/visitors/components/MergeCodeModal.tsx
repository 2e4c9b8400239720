import { Button, Group, List, Modal, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { VisitorProfile } from "../../../../common/contracts/visits";
import { formatVisitorCode } from "../../../../common/visitor-code";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { readTypedCode, sameCode } from "../visitors.code-input";
import { applyVisitorErrors, mergeRefusal } from "../visitors.errors";
import { useMergeCodes } from "../visitors.mutations";
import { CodeField, useTypedCodeMessage } from "./CodeField";

interface MergeCodeModalProps {
  profile: VisitorProfile;
  onClose: () => void;
  onMerged: (otherCode: string) => void;
}

/**
 * Merges another code of the same woman into this one, in two steps: type the other code, then read
 * what will happen and confirm. A refusal of the code brings the first step back with the code kept.
 */
export function MergeCodeModal({ profile, onClose, onMerged }: MergeCodeModalProps) {
  const { t } = useTranslation("visitors");
  const { t: common } = useTranslation();
  const merge = useMergeCodes(profile.id);
  const message = useTypedCodeMessage();
  const [step, setStep] = useState<"type" | "confirm">("type");
  const [pageError, setPageError] = useState<unknown>(null);
  const code = formatVisitorCode(profile.code.replace(/-/g, ""));
  const form = useForm({
    initialValues: { otherCode: "" },
    validate: {
      otherCode: (value) => {
        const typed = readTypedCode(value);
        if (typed.kind === "empty") return t("code.required");
        if (typed.kind === "incomplete") return t("code.tooShort", { count: typed.count });
        if (typed.kind !== "valid") return message(typed);
        if (sameCode(value, profile.code)) return t("merge.sameCode");
        return null;
      },
    },
  });
  const question = useRef<HTMLParagraphElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const moved = useRef(false);
  // Moving between the steps puts the focus where the reader continues: the question, or the code.
  useEffect(() => {
    if (!moved.current) return;
    if (step === "confirm") question.current?.focus();
    else input.current?.focus();
  }, [step]);
  const goTo = (next: "type" | "confirm") => {
    moved.current = true;
    setStep(next);
  };
  const typed = readTypedCode(form.values.otherCode);
  const other = typed.kind === "valid" ? typed.shown : "";

  const onContinue = form.onSubmit(() => {
    setPageError(null);
    goTo("confirm");
  });
  const onConfirm = () => {
    if (typed.kind !== "valid") return;
    setPageError(null);
    merge.mutate(typed.code, {
      onSuccess: () => onMerged(other),
      onError: (error) => {
        const left = applyVisitorErrors(form, error, {
          codeField: "otherCode",
          fieldMap: { code: "otherCode" },
          message: (fieldError) => {
            const refusal = mergeRefusal(fieldError);
            return refusal ? t(`merge.${refusal}`) : null;
          },
        });
        if (left) setPageError(error);
        else goTo("type");
      },
    });
  };

  return (
    <Modal opened onClose={onClose} title={t("merge.title")} size="lg" closeOnClickOutside={false}>
      {step === "type" ? (
        <form onSubmit={onContinue} noValidate>
          <Stack gap="md">
            <Text>{t("merge.intro", { code })}</Text>
            <ErrorAlert error={pageError} />
            <CodeField
              label={t("merge.otherLabel")}
              value={form.values.otherCode}
              onChange={(event) => form.setFieldValue("otherCode", event.currentTarget.value)}
              error={form.errors.otherCode}
              inputRef={input}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {common("actions.cancel")}
              </Button>
              <Button type="submit">{t("merge.continue")}</Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Stack gap="md">
          <Text fw={600} size="lg" ref={question} tabIndex={-1}>
            {t("merge.confirmQuestion", { other, code })}
          </Text>
          <List spacing="xs">
            <List.Item>{t("merge.what.visits", { other, code })}</List.Item>
            <List.Item>{t("merge.what.card", { other, code })}</List.Item>
            <List.Item>{t("merge.what.details", { other, code })}</List.Item>
            <List.Item>{t("merge.what.final")}</List.Item>
          </List>
          <ErrorAlert error={pageError} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => goTo("type")}>
              {t("merge.back")}
            </Button>
            <Button onClick={onConfirm} loading={merge.isPending}>
              {t("merge.confirm", { other, code })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
