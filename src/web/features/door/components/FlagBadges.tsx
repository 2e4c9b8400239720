import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FlagKind } from "../../../../common/contracts/visits";

const COLOURS: Record<FlagKind, string> = { see_nurse: "red.9", talk_to_colleague: "indigo.9" };

/** What the door should tell her tonight, never why. */
export function FlagBadges({ flags, size = "lg" }: { flags: readonly FlagKind[]; size?: "md" | "lg" }) {
  const { t } = useTranslation("door");
  if (flags.length === 0) return null;
  return (
    <Group gap="xs">
      {flags.map((flag) => (
        <Badge key={flag} color={COLOURS[flag]} variant="filled" size={size} radius="sm">
          {t(`flags.${flag}`)}
        </Badge>
      ))}
    </Group>
  );
}
