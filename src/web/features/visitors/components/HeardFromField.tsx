import { Radio, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { HEARD_FROM } from "../../../../common/contracts/visits";

interface HeardFromFieldProps {
  /** A HEARD_FROM value, or "" when not noted. */
  value: string;
  onChange: (value: string) => void;
  error?: ReactNode;
}

/** How she heard of the centre, as the door asks it; "Not noted" when she did not say. */
export function HeardFromField({ value, onChange, error }: HeardFromFieldProps) {
  const { t } = useTranslation("visitors");
  return (
    <Radio.Group label={t("fields.heardFrom")} value={value} onChange={onChange} error={error}>
      <Stack gap="sm" mt="xs">
        {HEARD_FROM.map((key) => (
          <Radio key={key} value={key} label={t(`heardFrom.${key}`)} size="md" />
        ))}
        <Radio value="" label={t("heardFrom.none")} size="md" />
      </Stack>
    </Radio.Group>
  );
}
