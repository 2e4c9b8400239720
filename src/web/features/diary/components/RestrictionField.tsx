import { Group, Radio, Select, Stack, Switch, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Restriction } from "../../../../common/contracts/diary";
import { ROLES, type Role } from "../../../../common/permissions";
import { useCurrentUser } from "../../../app/current-user";
import { DiaryIcon } from "./DiaryIcon";

interface RestrictionFieldProps {
  restriction: Restriction;
  role: Role | null;
  onChange: (restriction: Restriction, role: Role | null) => void;
  error?: string;
}

/** Roles that write the diary: a paragraph may be kept to one of them. */
const DIARY_ROLES = ROLES.filter((role) => role !== "administrator");

/**
 * The restricted toggle: off, the paragraph is for everyone who reads the diary; on, for the
 * author's organisation or one role. Others see only that a restricted paragraph exists.
 */
export function RestrictionField({ restriction, role, onChange, error }: RestrictionFieldProps) {
  const { t } = useTranslation(["diary", "accounts"]);
  const me = useCurrentUser();
  const on = restriction !== "none";
  return (
    <Stack gap="xs">
      <Switch
        size="md"
        checked={on}
        onChange={(event) => onChange(event.currentTarget.checked ? "organisation" : "none", null)}
        label={
          <Group gap={6} component="span">
            <DiaryIcon name="lock" size={18} />
            {t("diary:restriction.toggle")}
          </Group>
        }
        description={t("diary:restriction.help")}
      />
      {on && (
        <Radio.Group
          value={restriction}
          onChange={(value) =>
            onChange(
              value as Restriction,
              value === "role" ? (role ?? (me.role === "administrator" ? null : me.role)) : null,
            )
          }
          label={t("diary:restriction.who")}
          error={error}
        >
          <Stack gap="xs" mt="xs">
            <Radio
              value="organisation"
              label={t("diary:restriction.organisation", { organisation: me.organisationName })}
            />
            <Radio value="role" label={t("diary:restriction.role")} />
            {restriction === "role" && (
              <Select
                label={t("diary:restriction.roleLabel")}
                data={DIARY_ROLES.map((r) => ({ value: r, label: t(`accounts:roles.${r}`) }))}
                value={role}
                onChange={(value) => onChange("role", (value as Role | null) ?? null)}
                allowDeselect={false}
                maw={320}
              />
            )}
            <Text size="sm" c="dark.7">
              {t("diary:restriction.authorReads")}
            </Text>
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
