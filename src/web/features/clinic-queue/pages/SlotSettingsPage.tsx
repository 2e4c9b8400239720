import { Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import {
  SLOT_MINUTES_MAX,
  SLOT_MINUTES_MIN,
  type SlotSettings,
} from "../../../../common/contracts/clinic-queue";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { useCan } from "../../../app/current-user";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { formatTimeAt } from "../../door/door.format";
import { useSite } from "../../sites/sites.queries";
import { formatDay } from "../clinic-queue.format";
import { dateAt } from "../clinic-queue.logic";
import { useUpdateSlotSetting } from "../clinic-queue.mutations";
import { clinicQueuePaths } from "../clinic-queue.paths";
import { useSlotSettings } from "../clinic-queue.queries";
import { ClinicKindLabel } from "../components/ClinicKindLabel";
import { ClinicSitePicker, ClinicSiteStart } from "../components/ClinicSiteStart";

export function SlotSettingsStartPage() {
  const { t } = useTranslation("clinic-queue");
  return <ClinicSiteStart title={t("start.settingsTitle")} target={clinicQueuePaths.slotSettingsOf} />;
}

/** How long one appointment lasts in each clinic of a site. Health staff and managers change it. */
export function SlotSettingsPage() {
  const { siteId = "" } = useParams();
  const { t } = useTranslation("clinic-queue");
  const site = useSite(siteId);
  const settings = useSlotSettings(siteId);
  const canChange = useCan("clinic.statistics");
  usePageTitle(site.data ? t("settings.title", { site: site.data.name }) : t("start.settingsTitle"));

  if (site.isPending || settings.isPending) return <FullPageLoader />;
  const error = site.error ?? settings.error;
  if (!site.data || !settings.data) {
    const notFound = isApiError(error) && error.code === "NOT_FOUND";
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("start.settingsTitle")}</Title>
        {notFound ? <Text>{t("site.notFound")}</Text> : <ErrorAlert error={error} />}
        <Anchor component={Link} to={clinicQueuePaths.slotSettings()}>
          {t("site.chooseSite")}
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={720}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("settings.title", { site: site.data.name })}</Title>
        <ClinicSitePicker siteId={siteId} target={clinicQueuePaths.slotSettingsOf} />
      </Group>
      <Anchor component={Link} to={clinicQueuePaths.appointmentsOf(siteId)} fw={600}>
        {t("desk.appointments")}
      </Anchor>
      <Text>{t("settings.intro")}</Text>
      {!canChange && <Text c="dark.7">{t("settings.readOnly")}</Text>}
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {settings.data.items.map((item) => (
          <SettingRow
            key={item.clinicKind}
            siteId={siteId}
            timeZone={site.data.timeZone}
            item={item}
            canChange={canChange}
          />
        ))}
      </Stack>
    </Stack>
  );
}

function SettingRow({
  siteId,
  timeZone,
  item,
  canChange,
}: {
  siteId: string;
  timeZone: string;
  item: SlotSettings["items"][number];
  canChange: boolean;
}) {
  const { t, i18n } = useTranslation("clinic-queue");
  const update = useUpdateSlotSetting(siteId);
  const [value, setValue] = useState<number | string>(item.slotMinutes);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const clinic = t(`clinic.${item.clinicKind}`);
  const inputId = `slot-minutes-${item.clinicKind}`;

  const save = () => {
    const minutes = typeof value === "number" ? value : Number.NaN;
    if (!Number.isInteger(minutes) || minutes < SLOT_MINUTES_MIN || minutes > SLOT_MINUTES_MAX) {
      setFieldError(t("settings.outOfRange", { min: SLOT_MINUTES_MIN, max: SLOT_MINUTES_MAX }));
      return;
    }
    setFieldError(null);
    update.mutate(
      { clinicKind: item.clinicKind, slotMinutes: minutes },
      {
        onSuccess: () => notifications.show({ color: "calm", message: t("settings.saved") }),
        onError: (error) => {
          const onField = isApiError(error)
            ? error.fieldErrors.find((e) => e.path === "slotMinutes")
            : undefined;
          if (onField) setFieldError(fieldErrorMessage(onField.code, onField.message));
        },
      },
    );
  };

  const updated = item.updatedAt
    ? `${formatDay(dateAt(timeZone, new Date(item.updatedAt)), i18n.language, "short")} ${formatTimeAt(item.updatedAt, timeZone, i18n.language)}`
    : null;

  return (
    <Paper component="li" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <ClinicKindLabel kind={item.clinicKind} fw={700} />
          <Group gap="xs">
            {item.isDefault && (
              <Badge variant="outline" color="dark">
                {t("settings.default")}
              </Badge>
            )}
            {updated && (
              <Text size="sm" c="dark.7">
                {t("settings.updatedAt", { date: updated })}
              </Text>
            )}
          </Group>
        </Group>
        {canChange ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <Group align="flex-end" gap="sm">
              <NumberInput
                id={inputId}
                label={`${t("settings.minutes")} (${clinic})`}
                value={value}
                onChange={(next) => {
                  setValue(next);
                  setFieldError(null);
                }}
                min={SLOT_MINUTES_MIN}
                max={SLOT_MINUTES_MAX}
                step={5}
                allowDecimal={false}
                clampBehavior="none"
                error={fieldError}
                size="md"
                w={260}
              />
              <Button
                type="submit"
                size="md"
                loading={update.isPending}
                aria-label={t("settings.saveLabel", { clinic })}
              >
                {t("settings.save")}
              </Button>
            </Group>
            {update.error && !fieldError ? <ErrorAlert error={update.error} /> : null}
          </form>
        ) : (
          <Text fz="lg" fw={600}>
            {t("settings.minutesValue", { count: item.slotMinutes })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
