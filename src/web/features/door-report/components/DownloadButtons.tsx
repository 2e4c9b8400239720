import { Button, Group, Progress, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { type DownloadFormat, progressPercent } from "../door-report.download";
import { useDoorReportDownload } from "../door-report.mutations";
import type { Period } from "../door-report.period";

interface DownloadButtonsProps {
  siteId: string;
  period: Period;
  disabled: boolean;
}

const FORMATS: DownloadFormat[] = ["csv", "xlsx"];

/** "Download CSV" and "Download XLSX": the same figures as a file, with how far the download has come. */
export function DownloadButtons({ siteId, period, disabled }: DownloadButtonsProps) {
  const { t, i18n } = useTranslation("door-report");
  const download = useDoorReportDownload();
  const [format, setFormat] = useState<DownloadFormat | null>(null);
  const progress = download.progress;
  const percent = progress ? progressPercent(progress) : null;
  const kilobytes = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024));

  const start = (chosen: DownloadFormat) => {
    setFormat(chosen);
    download.mutate(
      { siteId, period, format: chosen },
      {
        onSuccess: ({ filename }) =>
          notifications.show({ color: "calm", message: t("download.done", { filename }) }),
      },
    );
  };

  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="sm">
        {FORMATS.map((f) => (
          <Button
            key={f}
            variant="default"
            onClick={() => start(f)}
            loading={download.isPending && format === f}
            disabled={disabled || (download.isPending && format !== f)}
          >
            {t(`download.${f}`)}
          </Button>
        ))}
      </Group>
      <Stack gap={4} w={260} aria-live="polite">
        {download.isPending && (
          <>
            <Text size="sm">
              {percent !== null
                ? t("download.progressPercent", { percent })
                : t("download.progress", { size: kilobytes(progress?.received ?? 0) })}
            </Text>
            {percent !== null && <Progress value={percent} aria-label={t("download.progressLabel")} />}
          </>
        )}
      </Stack>
      <ErrorAlert error={download.error} />
    </Stack>
  );
}
