import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Queue } from "../../../../common/contracts/clinic-queue";
import { languageName } from "../../../i18n/languages";
import { QueueIcon } from "./QueueIcon";

/** For each language a waiting woman needs: the numbers, and who on duty tonight speaks it. */
export function InterpretingHints({ interpreting }: { interpreting: Queue["interpreting"] }) {
  const { t, i18n } = useTranslation("clinic-queue");
  const language = i18n.language;
  if (interpreting.length === 0) return null;
  const list = (items: string[]) => new Intl.ListFormat(language, { type: "conjunction" }).format(items);
  return (
    <Stack gap="xs" component="section" aria-labelledby="clinic-interpreting">
      <Title order={2} size="h3" id="clinic-interpreting">
        {t("interpreting.title")}
      </Title>
      <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
        {interpreting.map((item) => (
          <Paper key={item.language} component="li" withBorder p="sm" radius="md" bg="orange.0">
            <Stack gap={4}>
              <Text fw={700} c="dark.9" style={{ display: "flex", gap: 8, alignItems: "center" }}>
                <QueueIcon icon="language" />
                {t("interpreting.line", {
                  language: languageName(item.language, language),
                  numbers: list(item.ticketNumbers.map(String)),
                })}
              </Text>
              <Text c="dark.9">
                {item.staff.length > 0
                  ? t("interpreting.staff", { staff: list(item.staff.map((person) => person.displayName)) })
                  : t("interpreting.nobody")}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
