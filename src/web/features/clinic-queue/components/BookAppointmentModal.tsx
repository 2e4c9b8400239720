import { Alert, Select, Stack, Text, TextInput } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Appointment, ClinicKind } from "../../../../common/contracts/clinic-queue";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { FormModal } from "../../../components/FormModal";
import { languageOptions } from "../../../i18n/languages";
import { readCode } from "../../door/check-in-form";
import { formatDay, formatTime } from "../clinic-queue.format";
import { useBookAppointment } from "../clinic-queue.mutations";
import { clinicQueueKeys } from "../clinic-queue.queries";
import { ClinicKindLabel } from "./ClinicKindLabel";

export interface ChosenSlot {
  date: string;
  clinicKind: ClinicKind;
  startsAt: string;
  endsAt: string;
}

/** Fields of the booking that belong to the slot, not to what was typed: shown above the form. */
const SLOT_FIELDS = new Set(["startsAt", "date", "clinicKind"]);

/** Books the chosen slot for a code typed from her card (the code goes in the body only). */
export function BookAppointmentModal({
  siteId,
  slot,
  onClose,
  onBooked,
}: {
  siteId: string;
  slot: ChosenSlot;
  onClose: () => void;
  onBooked: (appointment: Appointment) => void;
}) {
  const { t, i18n } = useTranslation("clinic-queue");
  const book = useBookAppointment(siteId);
  const queryClient = useQueryClient();
  const [code, setCode] = useState("");
  const [language, setLanguage] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [languageError, setLanguageError] = useState<string | null>(null);
  const [slotProblem, setSlotProblem] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const languages = useMemo(() => languageOptions(i18n.language), [i18n.language]);

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    const reading = readCode(code);
    setProblem(null);
    setSlotProblem(null);
    setLanguageError(null);
    if (reading.kind !== "valid") {
      setCodeError(
        reading.kind === "empty"
          ? t("book.codeMissing")
          : reading.kind === "partial"
            ? t("give.codeIncomplete")
            : t("give.codeInvalid"),
      );
      return;
    }
    setCodeError(null);
    book.mutate(
      {
        visitorCode: reading.code,
        clinicKind: slot.clinicKind,
        date: slot.date,
        startsAt: slot.startsAt,
        languageNeeded: language,
      },
      {
        onSuccess: onBooked,
        onError: (error) => {
          if (!isApiError(error) || error.fieldErrors.length === 0) {
            setProblem(error);
            return;
          }
          let unplaced = false;
          for (const fieldError of error.fieldErrors) {
            const path = fieldError.path.split(".")[0] ?? "";
            const message = fieldErrorMessage(fieldError.code, fieldError.message);
            if (path === "visitorCode") setCodeError(message);
            else if (path === "languageNeeded") setLanguageError(message);
            else if (SLOT_FIELDS.has(path)) {
              setSlotProblem(`${message} ${t("book.slotGone")}`);
              // The grid behind the dialog shows the slot as it is now.
              void queryClient.invalidateQueries({ queryKey: clinicQueueKeys.slotsOf(siteId) });
            } else unplaced = true;
          }
          if (unplaced) setProblem(error);
        },
      },
    );
  };

  return (
    <FormModal
      title={t("book.title")}
      submitLabel={t("book.submit")}
      busy={book.isPending}
      error={problem}
      onClose={onClose}
      onSubmit={submit}
    >
      <Stack gap="xs">
        <Text fw={700} fz="lg">
          {t("book.when", {
            day: formatDay(slot.date, i18n.language),
            start: formatTime(slot.startsAt),
            end: formatTime(slot.endsAt),
          })}
        </Text>
        <ClinicKindLabel kind={slot.clinicKind} fw={600} />
      </Stack>
      {slotProblem && (
        <Alert color="red" variant="light" role="alert">
          {slotProblem}
        </Alert>
      )}
      <TextInput
        label={t("book.code")}
        description={t("book.codeHelp")}
        value={code}
        onChange={(event) => {
          setCode(event.currentTarget.value);
          setCodeError(null);
        }}
        error={codeError}
        required
        autoComplete="off"
        spellCheck={false}
        styles={{ input: { fontFamily: "ui-monospace, monospace" } }}
        size="md"
        maxLength={200}
        data-autofocus
      />
      <Select
        label={t("book.language")}
        description={t("book.languageHelp")}
        placeholder={t("book.languagePlaceholder")}
        data={languages}
        value={language}
        onChange={setLanguage}
        searchable
        clearable
        error={languageError}
        size="md"
      />
    </FormModal>
  );
}
