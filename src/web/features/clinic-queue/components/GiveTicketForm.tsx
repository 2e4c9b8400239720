import { Button, Paper, Radio, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ClinicKind, Queue } from "../../../../common/contracts/clinic-queue";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageOptions } from "../../../i18n/languages";
import { readCode } from "../../door/check-in-form";
import { useTakeTicket } from "../clinic-queue.mutations";
import { ClinicKindLabel } from "./ClinicKindLabel";
import { QueueIcon } from "./QueueIcon";

type Field = "visitorCode" | "clinicKind" | "languageNeeded";

/**
 * A ticket for a walk-in, given at the desk: her code if she has one (typed or scanned; it goes in
 * the request body), the clinic when two take tickets, and the language she needs, if any.
 */
export function GiveTicketForm({ siteId, queue }: { siteId: string; queue: Queue }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const take = useTakeTicket(siteId);
  const [code, setCode] = useState("");
  const [kind, setKind] = useState<ClinicKind | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [given, setGiven] = useState<{ number: number; hadOne: boolean } | null>(null);
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);

  const kinds = queue.takingTickets;
  const reading = readCode(code);

  if (!queue.session) return null;
  if (kinds.length === 0) {
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="clinic-give-title">
        <Stack gap="xs">
          <Title order={2} size="h3" id="clinic-give-title">
            {t("give.title")}
          </Title>
          <Text>{t("give.notTaking")}</Text>
        </Stack>
      </Paper>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (reading.kind === "partial") found.visitorCode = t("give.codeIncomplete");
    if (reading.kind === "invalid") found.visitorCode = t("give.codeInvalid");
    if (kinds.length > 1 && !kind) found.clinicKind = fieldErrorMessage("CHOOSE_CLINIC", "");
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) return;
    take.mutate(
      {
        ...(reading.kind === "valid" ? { visitorCode: reading.code } : {}),
        ...(kinds.length > 1 && kind ? { clinicKind: kind } : {}),
        languageNeeded: language,
      },
      {
        onSuccess: ({ ticket, hadOne }) => {
          setGiven({ number: ticket.number, hadOne });
          setCode("");
          setKind(null);
          setLanguage(null);
          if (!hadOne)
            notifications.show({ color: "calm", message: t("give.givenNotice", { number: ticket.number }) });
        },
        onError: (error) => {
          if (!isApiError(error) || error.fieldErrors.length === 0) {
            setProblem(error);
            return;
          }
          const placed: Partial<Record<Field, string>> = {};
          let unplaced = false;
          for (const fieldError of error.fieldErrors) {
            const path = fieldError.path.split(".")[0] as Field;
            if (path === "visitorCode" || path === "clinicKind" || path === "languageNeeded")
              placed[path] ??= fieldErrorMessage(fieldError.code, fieldError.message);
            else unplaced = true;
          }
          setErrors(placed);
          if (unplaced) setProblem(error);
        },
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="clinic-give-title">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="clinic-give-title">
            {t("give.title")}
          </Title>
          <TextInput
            label={t("give.code")}
            description={t("give.codeHelp")}
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              setGiven(null);
              if (errors.visitorCode) setErrors((was) => ({ ...was, visitorCode: undefined }));
            }}
            error={errors.visitorCode}
            autoComplete="off"
            spellCheck={false}
            size="md"
            styles={{ input: { fontFamily: "ui-monospace, monospace" } }}
            maxLength={200}
          />
          {kinds.length > 1 && (
            <Radio.Group
              label={t("give.clinic")}
              value={kind}
              onChange={(value) => {
                setKind(value as ClinicKind);
                setErrors((was) => ({ ...was, clinicKind: undefined }));
              }}
              error={errors.clinicKind}
            >
              <Stack gap="xs" mt={6}>
                {kinds.map((option) => (
                  <Radio key={option} value={option} size="md" label={<ClinicKindLabel kind={option} />} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Select
            label={t("give.language")}
            description={t("give.languageHelp")}
            placeholder={t("give.languagePlaceholder")}
            data={languages}
            value={language}
            onChange={setLanguage}
            searchable
            clearable
            error={errors.languageNeeded}
            size="md"
          />
          <ErrorAlert error={problem} />
          <Button
            type="submit"
            size="lg"
            loading={take.isPending}
            leftSection={<QueueIcon icon="ticket" size={22} />}
          >
            {t("give.submit")}
          </Button>
          <div role="status">
            {given && (
              <Text fz="xl" fw={700} c="dark.9">
                {given.hadOne
                  ? t("give.hadOne", { number: given.number })
                  : t("give.given", { number: given.number })}
              </Text>
            )}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
