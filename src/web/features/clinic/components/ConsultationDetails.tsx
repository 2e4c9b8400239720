import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ReactNode, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type ClinicTest,
  type Consultation,
  TEST_STATES,
  type TestOutcome,
} from "../../../../common/contracts/clinic";
import { FOLLOW_UP_STATUSES } from "../../../../common/contracts/follow-ups";
import { languageName } from "../../../i18n/languages";
import { formatDateAt, formatDateTimeAt } from "../clinic.format";
import { formatKroner } from "../clinic.money";
import { ClinicIcon, type ClinicIconName } from "./ClinicIcon";
import { AddCostModal, AddReferralModal, AddTestModal, DispenseModal } from "./ConsultationAdditions";
import { TestStep, useTestName } from "./TestStep";

interface ConsultationDetailsProps {
  consultation: Consultation;
  timeZone: string | undefined;
  /** On the consultation's own page: tests, medicine, referrals and costs can be added. */
  editable: boolean;
  /** The reason, notes and diagnoses (or their edit form), placed by the page. */
  clinicalText?: ReactNode;
}

type Addition = "test" | "medicine" | "referral" | "cost" | null;

const isFollowUpStatus = (status: string): status is (typeof FOLLOW_UP_STATUSES)[number] =>
  (FOLLOW_UP_STATUSES as readonly string[]).includes(status);

const OUTCOME_COLOURS: Record<TestOutcome, string> = {
  positive: "red.9",
  negative: "calm.9",
  inconclusive: "orange.9",
};

/** A consultation's tests, medicine, referrals and costs, each with its picture. */
export function ConsultationDetails({
  consultation,
  timeZone,
  editable,
  clinicalText,
}: ConsultationDetailsProps) {
  const { t, i18n } = useTranslation("clinic");
  const language = i18n.language;
  const [adding, setAdding] = useState<Addition>(null);
  const opener = useRef<HTMLElement | null>(null);
  const id = consultation.id;
  const open = (addition: Addition, button: HTMLElement) => {
    opener.current = button;
    setAdding(addition);
  };
  const close = () => {
    setAdding(null);
    window.requestAnimationFrame(() => opener.current?.focus());
  };
  const saved = (message: string) => () => {
    close();
    notifications.show({ color: "calm", message });
  };
  const add = (addition: Exclude<Addition, null>, label: string) =>
    editable ? (
      <Button
        variant="light"
        size="sm"
        leftSection={<ClinicIcon icon="add" />}
        onClick={(event) => open(addition, event.currentTarget)}
      >
        {label}
      </Button>
    ) : null;
  const totalCosts = consultation.costs.reduce((sum, cost) => sum + cost.amountOre, 0);
  // The follow-up's own words for its state; one the clinic does not know yet is shown as it is.
  const statusText = (status: string) =>
    isFollowUpStatus(status) ? t(`referral.accompanimentStatuses.${status}`) : status;

  return (
    <Stack gap="md">
      {clinicalText}
      <Part
        icon="test"
        title={t("consultation.sections.tests")}
        id={`tests-${id}`}
        action={add("test", t("tests.add"))}
        empty={consultation.tests.length === 0 ? t("consultation.noneYet.tests") : null}
      >
        {consultation.tests.map((test) => (
          <TestLine key={test.id} test={test} timeZone={timeZone} withStep={editable} />
        ))}
      </Part>
      <Part
        icon="medicine"
        title={t("consultation.sections.medicine")}
        id={`medicine-${id}`}
        action={add("medicine", t("dispense.add"))}
        empty={consultation.dispensed.length === 0 ? t("consultation.noneYet.medicine") : null}
      >
        {consultation.dispensed.map((given) => (
          <Group key={given.id} gap="sm" wrap="wrap">
            <ClinicIcon icon="medicine" />
            <Text fw={600}>
              {t("dispense.given", { quantity: given.quantity, unit: given.unit, name: given.name })}
            </Text>
            <Text size="sm" c="dark.7">
              {formatDateTimeAt(given.dispensedAt, timeZone, language)}
            </Text>
            <Text size="sm" c="dark.7">
              {t("dispense.left", { count: given.stockLeft })}
            </Text>
          </Group>
        ))}
      </Part>
      <Part
        icon="referral"
        title={t("consultation.sections.referrals")}
        id={`referrals-${id}`}
        action={add("referral", t("referral.add"))}
        empty={consultation.referrals.length === 0 ? t("consultation.noneYet.referrals") : null}
      >
        {consultation.referrals.map((referral) => (
          <Paper key={referral.id} withBorder p="sm" radius="md">
            <Stack gap={4}>
              <Group gap="sm" wrap="wrap">
                <Text fw={700}>{t(`referralKinds.${referral.kind}`)}</Text>
                <Text>{referral.place}</Text>
                {referral.appointmentAt && (
                  <Text size="sm" c="dark.7">
                    {t("referral.appointment", {
                      when: formatDateTimeAt(referral.appointmentAt, timeZone, language),
                    })}
                  </Text>
                )}
              </Group>
              {referral.note && (
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {referral.note}
                </Text>
              )}
              {referral.needsAccompaniment && (
                <Group gap="sm" wrap="wrap">
                  <Badge
                    variant="filled"
                    color="indigo.9"
                    size="lg"
                    leftSection={<ClinicIcon icon="accompaniment" size={16} />}
                    radius="sm"
                  >
                    {t("referral.accompaniment")}
                  </Badge>
                  {referral.languageNeeded && (
                    <Text size="sm">
                      {t("referral.language", { language: languageName(referral.languageNeeded, language) })}
                    </Text>
                  )}
                  {referral.accompaniment && (
                    <Text size="sm">
                      {t("referral.accompanimentStatus", {
                        status: statusText(referral.accompaniment.status),
                      })}
                    </Text>
                  )}
                  {referral.accompaniment?.outcome && (
                    <Text size="sm">
                      {t("referral.accompanimentOutcome", { outcome: referral.accompaniment.outcome })}
                    </Text>
                  )}
                </Group>
              )}
            </Stack>
          </Paper>
        ))}
      </Part>
      <Part
        icon="cost"
        title={t("consultation.sections.costs")}
        id={`costs-${id}`}
        action={add("cost", t("cost.add"))}
        empty={consultation.costs.length === 0 ? t("consultation.noneYet.costs") : null}
      >
        {consultation.costs.map((cost) => (
          <Group key={cost.id} gap="sm" wrap="wrap">
            <Text fw={600}>{t(`costKinds.${cost.kind}`)}</Text>
            <Text fw={700} style={{ fontVariantNumeric: "tabular-nums" }}>
              {formatKroner(cost.amountOre, language)}
            </Text>
            <Text size="sm" c="dark.7">
              {formatDateAt(`${cost.incurredOn}T12:00:00Z`, "UTC", language)}
            </Text>
            {cost.note && <Text size="sm">{cost.note}</Text>}
          </Group>
        ))}
        {consultation.costs.length > 1 && (
          <Text fw={700}>{t("cost.total", { amount: formatKroner(totalCosts, language) })}</Text>
        )}
      </Part>

      {adding === "test" && (
        <AddTestModal
          consultationId={id}
          siteId={consultation.siteId}
          onClose={close}
          onSaved={saved(t("tests.added"))}
        />
      )}
      {adding === "medicine" && (
        <DispenseModal
          consultationId={id}
          siteId={consultation.siteId}
          onClose={close}
          onSaved={saved(t("dispense.done"))}
        />
      )}
      {adding === "referral" && (
        <AddReferralModal
          consultationId={id}
          siteId={consultation.siteId}
          onClose={close}
          onSaved={saved(t("referral.done"))}
        />
      )}
      {adding === "cost" && (
        <AddCostModal
          consultationId={id}
          siteId={consultation.siteId}
          onClose={close}
          onSaved={saved(t("cost.done"))}
        />
      )}
    </Stack>
  );
}

function Part({
  icon,
  title,
  id,
  action,
  empty,
  children,
}: {
  icon: ClinicIconName;
  title: string;
  id: string;
  action: ReactNode;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="sm" wrap="nowrap">
            <ClinicIcon icon={icon} size={22} />
            <Title order={3} size="h4" id={id}>
              {title}
            </Title>
          </Group>
          {action}
        </Group>
        {empty ? <Text c="dark.7">{empty}</Text> : children}
      </Stack>
    </Paper>
  );
}

/** One test: where it is on its way (taken → sent → result in → told), the result, the next step. */
function TestLine({
  test,
  timeZone,
  withStep,
}: {
  test: ClinicTest;
  timeZone: string | undefined;
  withStep: boolean;
}) {
  const { t, i18n } = useTranslation("clinic");
  const testName = useTestName();
  const labelId = `test-line-${test.id}`;
  const reached = TEST_STATES.indexOf(test.state);
  const times = [test.takenAt, test.sentAt, test.resultAt, test.toldAt];
  return (
    <Paper withBorder p="sm" radius="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Stack gap={6}>
          <Group gap="sm" wrap="wrap" id={labelId}>
            <ClinicIcon icon="test" />
            <Text fw={700}>{testName(test)}</Text>
            {test.outcome && (
              <Badge color={OUTCOME_COLOURS[test.outcome]} variant="filled" radius="sm">
                {t(`outcomes.${test.outcome}`)}
              </Badge>
            )}
          </Group>
          <Group gap={4} component="ol" p={0} m={0} style={{ listStyle: "none" }} aria-label={t("tests.way")}>
            {TEST_STATES.map((state, index) => {
              const done = index <= reached;
              const time = times[index];
              return (
                <li key={state}>
                  <Badge
                    variant={done ? "filled" : "outline"}
                    color={done ? "calm.8" : "gray.7"}
                    radius="sm"
                    leftSection={<ClinicIcon icon={state} size={14} />}
                    aria-current={index === reached ? "step" : undefined}
                  >
                    {t(`states.${state}`)}
                    {done && time ? ` · ${formatDateAt(time, timeZone, i18n.language)}` : ""}
                  </Badge>
                </li>
              );
            })}
          </Group>
          {test.resultNote && (
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {test.resultNote}
            </Text>
          )}
        </Stack>
        {withStep && <TestStep test={test} describedBy={labelId} />}
      </Group>
    </Paper>
  );
}
