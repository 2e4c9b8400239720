import { Switch } from "@mantine/core";
import { useTranslation } from "react-i18next";

interface VisibilitySwitchProps {
  name: string;
  active: boolean;
  onChange: (active: boolean) => void;
}

/** Shown at the door, or hidden (kept with its history, and can be shown again). */
export function VisibilitySwitch({ name, active, onChange }: VisibilitySwitchProps) {
  const { t } = useTranslation("catalogue");
  return (
    <Switch
      size="md"
      label={t("visibility.shown")}
      aria-label={t("visibility.shownFor", { name })}
      checked={active}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
