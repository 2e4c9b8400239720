import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Restriction } from "../../../../common/contracts/diary";
import type { Role } from "../../../../common/permissions";
import { DiaryIcon } from "./DiaryIcon";

interface RestrictionLabelProps {
  restriction: Restriction;
  role: Role | null;
  organisation: string | null;
}

/** "Restricted: Social workers" with a lock; nothing for an open paragraph. */
export function RestrictionLabel({ restriction, role, organisation }: RestrictionLabelProps) {
  const { t } = useTranslation(["diary", "accounts"]);
  if (restriction === "none") return null;
  const to =
    restriction === "role" && role
      ? t(`accounts:roles.${role}`)
      : organisation
        ? organisation
        : t("diary:restriction.organisationShort");
  return (
    <Badge
      variant="outline"
      color="dark.6"
      c="dark.9"
      tt="none"
      size="lg"
      leftSection={
        <Group component="span" gap={0}>
          <DiaryIcon name="lock" size={14} />
        </Group>
      }
    >
      {t("diary:restriction.badge", { to })}
    </Badge>
  );
}
