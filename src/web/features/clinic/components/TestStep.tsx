import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ClinicTest,
  TEST_OUTCOMES,
  type TestOutcome,
  type TestState,
  type TestType,
} from "../../../../common/contracts/clinic";
import { LIMITS } from "../../../../common/limits";
import { isApiError } from "../../../api/client";
import { errorMessage } from "../../../api/form-errors";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FormModal } from "../../../components/FormModal";
import { useTransitionTest } from "../clinic.mutations";
import { useClinicTest } from "../clinic.queries";
import { offeredStep } from "../clinic.tests-board";
import { ClinicIcon, type ClinicIconName } from "./ClinicIcon";

export interface StepTest {
  id: string;
  state: TestState;
  nextState: TestState | null;
  codeErased: boolean;
  testType: TestType;
  visitorCode: string | null;
  otherName?: string | null;
}

interface TestStepProps {
  test: StepTest;
  /** The id of the text that names the test and her code, so the button is read with it. */
  describedBy?: string;
  size?: "md" | "lg";
  /**
   * Told of a refusal because the test had moved on (409): on the board the row moves to its new
   * group at once, so the board says it where it stays in view. Without it, it is said by the button.
   */
  onMovedOn?: (message: string) => void;
}

const OUTCOME_COLOURS: Record<TestOutcome, string> = {
  positive: "red.9",
  negative: "calm.9",
  inconclusive: "orange.9",
};
const OUTCOME_ICONS: Record<TestOutcome, ClinicIconName> = {
  positive: "positive",
  negative: "negative",
  inconclusive: "inconclusive",
};

/** The name of a test as the nurse reads it: the type, or the name given to an "other" test. */
export function useTestName() {
  const { t } = useTranslation("clinic");
  return (test: { testType: TestType; otherName?: string | null }) =>
    test.testType === "other" && test.otherName ? test.otherName : t(`testTypes.${test.testType}`);
}

/** What a refused step says: moved on already (409), her code erased, or the general message. */
function useRefusalText() {
  const { t } = useTranslation("clinic");
  return (error: unknown): string => {
    if (isApiError(error) && error.code === "INVALID_TRANSITION") return t("board.moved");
    if (isApiError(error) && error.code === "CODE_ERASED") return t("board.codeErased");
    return errorMessage(error);
  };
}

/**
 * The one step a test may take next, as one button: "Sent to the lab" in one tap; "Result in…" and
 * "Tell her…" open a small dialog (the outcome to enter; the result to read before telling her).
 * Steps that would be refused are never offered; a step a colleague took first is said plainly.
 */
export function TestStep({ test, describedBy, size = "md", onMovedOn }: TestStepProps) {
  const { t } = useTranslation("clinic");
  const offered = offeredStep(test);
  const transition = useTransitionTest();
  const refusalText = useRefusalText();
  const testName = useTestName();
  const [dialog, setDialog] = useState<"result_in" | "told" | null>(null);
  const [refusedHere, setRefusedHere] = useState<unknown>(null);
  const refused = refusedHere;
  const setRefused = (error: unknown) => {
    if (onMovedOn && isApiError(error) && error.status === 409) {
      setRefusedHere(null);
      onMovedOn(refusalText(error));
    } else {
      setRefusedHere(error);
    }
  };

  const done = (moved: ClinicTest) => {
    setDialog(null);
    notifications.show({
      color: "calm",
      message: t("board.updated", {
        test: testName(moved),
        code: moved.visitorCode ?? t("code.anonymous"),
        state: t(`states.${moved.state}`),
      }),
    });
  };

  if (offered.kind === "none") return null;
  if (offered.kind === "codeErased") {
    return (
      <Group gap={6} wrap="nowrap">
        <ClinicIcon icon="warning" />
        <Text size="sm" c="dark.8">
          {t("board.codeErased")}
        </Text>
      </Group>
    );
  }

  const icon: ClinicIconName = offered.to;
  return (
    <Stack gap="xs" align="flex-end">
      <Button
        size={size}
        variant={offered.to === "told" ? "filled" : "light"}
        leftSection={<ClinicIcon icon={icon} />}
        aria-describedby={describedBy}
        loading={transition.isPending && dialog === null}
        onClick={() => {
          setRefused(null);
          if (offered.to === "sent") {
            transition.mutate(
              { id: test.id, body: { to: "sent" } },
              { onSuccess: done, onError: setRefused },
            );
          } else {
            setDialog(offered.to);
          }
        }}
      >
        {t(`board.actions.${offered.to}`)}
      </Button>
      {refused !== null && (
        <Alert
          color={isApiError(refused) && refused.status === 409 ? "orange" : "red"}
          variant="light"
          role="alert"
          maw={420}
        >
          <Text size="sm" c="dark.9">
            {refusalText(refused)}
          </Text>
        </Alert>
      )}
      {dialog === "result_in" && (
        <ResultModal
          test={test}
          onClose={() => setDialog(null)}
          onSaved={done}
          onRefused={(error) => {
            if (isApiError(error) && error.status === 409) {
              setDialog(null);
              setRefused(error);
            }
          }}
        />
      )}
      {dialog === "told" && (
        <TellModal
          test={test}
          onClose={() => setDialog(null)}
          onSaved={done}
          onRefused={(error) => {
            if (isApiError(error) && error.status === 409) {
              setDialog(null);
              setRefused(error);
            }
          }}
        />
      )}
    </Stack>
  );
}

interface StepModalProps {
  test: StepTest;
  onClose: () => void;
  onSaved: (test: ClinicTest) => void;
  /** A 409 closes the dialog and is said beside the button. */
  onRefused: (error: unknown) => void;
}

/** The lab's answer: positive, negative or inconclusive, each with its picture, and a remark. */
function ResultModal({ test, onClose, onSaved, onRefused }: StepModalProps) {
  const { t } = useTranslation("clinic");
  const testName = useTestName();
  const transition = useTransitionTest();
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  return (
    <FormModal
      title={t("result.title", { test: testName(test) })}
      submitLabel={t("result.save")}
      busy={transition.isPending}
      error={error}
      onClose={onClose}
      onSubmit={(event) => {
        event?.preventDefault();
        if (!outcome) return setMissing(true);
        setError(null);
        const trimmed = note.trim();
        transition.mutate(
          { id: test.id, body: { to: "result_in", outcome, ...(trimmed ? { note: trimmed } : {}) } },
          {
            onSuccess: onSaved,
            onError: (e) => {
              setError(e);
              onRefused(e);
            },
          },
        );
      }}
    >
      <Text fw={600}>{t("result.code", { code: test.visitorCode ?? t("code.anonymous") })}</Text>
      <Radio.Group
        label={t("result.outcome")}
        value={outcome ?? ""}
        onChange={(value) => {
          setOutcome(value as TestOutcome);
          setMissing(false);
        }}
        error={missing ? t("problems.required") : undefined}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mt="xs">
          {TEST_OUTCOMES.map((value) => (
            <Radio.Card
              key={value}
              value={value}
              radius="md"
              p="md"
              withBorder
              data-autofocus={value === "positive" ? true : undefined}
              style={{
                borderWidth: 2,
                borderColor:
                  outcome === value
                    ? `var(--mantine-color-${OUTCOME_COLOURS[value].replace(".", "-")})`
                    : undefined,
              }}
            >
              <Stack gap={6} align="center">
                <Text c={OUTCOME_COLOURS[value]} component="span">
                  <ClinicIcon icon={OUTCOME_ICONS[value]} size={32} />
                </Text>
                <Group gap={6} wrap="nowrap">
                  <Radio.Indicator />
                  <Text fw={600}>{t(`outcomes.${value}`)}</Text>
                </Group>
              </Stack>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Textarea
        label={t("result.note")}
        autosize
        minRows={2}
        maxLength={LIMITS.testNoteMax}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group gap={6} wrap="nowrap" align="flex-start">
        <ClinicIcon icon="told" />
        <Text size="sm" c="dark.7">
          {t("result.flagHint")}
        </Text>
      </Group>
    </FormModal>
  );
}

/** Reads the result (the read is audited) so the nurse can tell her, then marks her told. */
function TellModal({ test, onClose, onSaved, onRefused }: StepModalProps) {
  const { t } = useTranslation("clinic");
  const testName = useTestName();
  const full = useClinicTest(test.id);
  const transition = useTransitionTest();
  const [error, setError] = useState<unknown>(null);
  const outcome = full.data?.outcome ?? null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("result.tellTitle")}
      closeOnClickOutside={false}
      closeButtonProps={{ "aria-label": t("consultation.editCancel") }}
    >
      <Stack gap="md">
        <Text fw={600}>
          {testName(full.data ?? test)} ·{" "}
          {t("result.code", { code: test.visitorCode ?? t("code.anonymous") })}
        </Text>
        {full.isPending && (
          <Group gap="sm" role="status">
            <Loader size="sm" aria-hidden />
            <Text>{t("result.loading")}</Text>
          </Group>
        )}
        <ErrorAlert error={full.error} />
        {full.data && (
          <Paper withBorder p="md" radius="md">
            <Stack gap={6}>
              <Text size="sm" c="dark.7">
                {t("result.resultWas")}
              </Text>
              {outcome ? (
                <Group gap="sm" wrap="nowrap">
                  <Text c={OUTCOME_COLOURS[outcome]} component="span">
                    <ClinicIcon icon={OUTCOME_ICONS[outcome]} size={32} />
                  </Text>
                  <Text fz={28} fw={700} c={OUTCOME_COLOURS[outcome]}>
                    {t(`outcomes.${outcome}`)}
                  </Text>
                </Group>
              ) : (
                <Text>{t("result.noResult")}</Text>
              )}
              {full.data.resultNote && <Text style={{ whiteSpace: "pre-wrap" }}>{full.data.resultNote}</Text>}
            </Stack>
          </Paper>
        )}
        <Text size="sm" c="dark.7">
          {t("result.tellHint")}
        </Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t("consultation.editCancel")}
          </Button>
          <Button
            leftSection={<ClinicIcon icon="told" />}
            loading={transition.isPending}
            disabled={!full.data}
            onClick={() => {
              setError(null);
              transition.mutate(
                { id: test.id, body: { to: "told" } },
                {
                  onSuccess: onSaved,
                  onError: (e) => {
                    setError(e);
                    onRefused(e);
                  },
                },
              );
            }}
          >
            {t("result.markTold")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
