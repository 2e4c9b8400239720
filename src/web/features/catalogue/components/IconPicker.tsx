import { Group, Radio, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CATALOGUE_ICONS } from "../../../../common/contracts/services";
import { CatalogueIcon, type CatalogueIconName } from "../../../components/CatalogueIcon";
import classes from "./IconPicker.module.css";

interface IconPickerProps {
  value: CatalogueIconName;
  onChange: (icon: CatalogueIconName) => void;
  error?: ReactNode;
}

const isIcon = (value: string): value is CatalogueIconName =>
  (CATALOGUE_ICONS as readonly string[]).includes(value);

/**
 * The pictures as a grid of big radio cards. One tab stop for the whole grid (the chosen one);
 * the arrow keys move and choose, as in any radio group.
 */
export function IconPicker({ value, onChange, error }: IconPickerProps) {
  const { t } = useTranslation("catalogue");
  return (
    <Radio.Group
      label={t("form.icon")}
      description={t("form.iconHelp")}
      value={value}
      onChange={(next) => isIcon(next) && onChange(next)}
      error={error}
    >
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt="xs">
        {CATALOGUE_ICONS.map((icon) => (
          <Radio.Card key={icon} value={icon} className={classes.card} tabIndex={icon === value ? 0 : -1}>
            <Group gap="sm" wrap="nowrap">
              <Radio.Indicator size="xs" aria-hidden />
              <CatalogueIcon icon={icon} size={28} />
              <Text component="span" className={classes.label}>
                {t(`icons.${icon}`)}
              </Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
}
