import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PilotPeriod } from "../../../../common/contracts/sites";
import { formatShortDate } from "../format";

interface PilotSelectProps {
  pilotPeriods: PilotPeriod[];
  value?: string;
  onChange?: (event: React.ChangeEvent<HTMLSelectElement>) => void;
  error?: React.ReactNode;
}

/** Which pilot period an opening belongs to, or none. */
export function PilotSelect({ pilotPeriods, ...input }: PilotSelectProps) {
  const { t, i18n } = useTranslation("sites");
  if (pilotPeriods.length === 0) return null;
  const data = [
    { value: "", label: t("fields.noPilotPeriod") },
    ...pilotPeriods.map((p) => ({
      value: p.id,
      label: `${p.label} (${formatShortDate(p.startsOn, i18n.language)} – ${formatShortDate(p.endsOn, i18n.language)})`,
    })),
  ];
  return <NativeSelect label={t("fields.pilotPeriod")} data={data} {...input} />;
}
