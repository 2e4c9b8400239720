import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ClinicKind } from "../../../../common/contracts/clinic-queue";
import { QueueIcon } from "./QueueIcon";

/** The clinic's picture and name. */
export function ClinicKindLabel({ kind, fw }: { kind: ClinicKind; fw?: number }) {
  const { t } = useTranslation("clinic-queue");
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <QueueIcon icon={kind} size={18} />
      <Text span fw={fw}>
        {t(`clinic.${kind}`)}
      </Text>
    </Group>
  );
}
