import { Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TextWarning } from "../../../../common/contracts/diary";

/**
 * What the server noticed in a saved text: it looks as if it names her. Saved all the same (only
 * staff can tell), but said plainly, with what to do about it.
 */
export function SavedTextWarnings({
  warnings,
  advice,
}: {
  warnings: readonly TextWarning[];
  advice: string;
}) {
  const { t } = useTranslation("handover");
  const kinds = [...new Set(warnings.map((w) => w.warning))];
  if (kinds.length === 0) return null;
  return (
    <Paper p="md" bg="orange.0" bd="1px solid orange.7" role="note">
      <Stack gap={4}>
        {kinds.map((kind) => (
          <Text key={kind} fw={700} c="dark.9">
            {t(`personalData.${kind}`)}
          </Text>
        ))}
        <Text size="sm" c="dark.8">
          {advice}
        </Text>
      </Stack>
    </Paper>
  );
}
