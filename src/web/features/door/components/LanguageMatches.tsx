import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Tonight } from "../../../../common/contracts/visits";
import { countryName } from "../../../components/country-names";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { languageName } from "../../../i18n/languages";
import { useMarkIntroduced } from "../door.mutations";

type Match = Tonight["languageMatches"][number];

/**
 * Women who do not speak English, and the colleagues on duty who speak their language: the report's
 * advice is to introduce her to one more colleague. "Done" records the introduction.
 */
export function LanguageMatches({ siteId, matches }: { siteId: string; matches: readonly Match[] }) {
  const { t } = useTranslation("door");
  const open = matches.filter((match) => match.introducedAt === null);
  const done = matches.length - open.length;
  if (matches.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="door-language-matches">
      <Title order={2} size="h3" id="door-language-matches">
        {t("matches.title")}
      </Title>
      {open.length === 0 ? (
        <Text>{t("matches.allDone")}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
          {open.map((match) => (
            <MatchCard key={match.visitId} siteId={siteId} match={match} />
          ))}
        </Stack>
      )}
      {done > 0 && open.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("matches.doneCount", { count: done })}
        </Text>
      )}
    </Stack>
  );
}

function MatchCard({ siteId, match }: { siteId: string; match: Match }) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  const introduce = useMarkIntroduced(siteId);
  const [error, setError] = useState<unknown>(null);
  const list = (items: string[]) => new Intl.ListFormat(language, { type: "conjunction" }).format(items);
  const who = `${match.visitorCode ?? t("visit.anonymous")}, ${countryName(match.nationality, language)}`;
  const languages = list(match.languages.map((code) => languageName(code, language)));
  const staff = match.staff.map((person) => person.displayName);

  return (
    <Paper component="li" withBorder p="sm" radius="md" bg="calm.0">
      <Stack gap="xs">
        <Text fw={600}>{who}</Text>
        <Text>
          {staff.length > 0
            ? t("matches.suggestion", { languages, staff: list(staff), count: staff.length })
            : t("matches.nobody", { languages })}
        </Text>
        <ErrorAlert error={error} />
        <Button
          size="md"
          mih={44}
          variant="default"
          loading={introduce.isPending}
          aria-label={t("matches.doneLabel", { who })}
          onClick={() => {
            setError(null);
            introduce.mutate(match.visitId, { onError: setError });
          }}
          style={{ alignSelf: "flex-start" }}
        >
          {t("matches.done")}
        </Button>
      </Stack>
    </Paper>
  );
}
