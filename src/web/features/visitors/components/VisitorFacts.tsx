import { Box, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { VisitorProfile } from "../../../../common/contracts/visits";
import { formatVisitorCode } from "../../../../common/visitor-code";
import { countryName } from "../../../components/country-names";
import { languageName } from "../../../i18n/languages";
import { formatInstantDay, formatVisitDay } from "../visitors.format";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box>
      <Text component="dt" size="sm" fw={600} c="dark.6">
        {term}
      </Text>
      <Text component="dd" size="lg" m={0}>
        {children}
      </Text>
    </Box>
  );
}

/** What the profile knows about her, as a list of terms and values. Never a name. */
export function VisitorFacts({ profile }: { profile: VisitorProfile }) {
  const { t, i18n } = useTranslation("visitors");
  const language = i18n.language;
  const none = (text: string) => (
    <Text component="span" inherit c="dark.6" fs="italic">
      {text}
    </Text>
  );
  return (
    <Box
      component="dl"
      m={0}
      style={{
        display: "grid",
        gridTemplateColumns: "repeat(auto-fill, minmax(14rem, 1fr))",
        gap: "var(--mantine-spacing-md) var(--mantine-spacing-lg)",
      }}
    >
      <Fact term={t("fields.nationality")}>{countryName(profile.nationality, language)}</Fact>
      <Fact term={t("fields.languages")}>
        {profile.languages.length > 0
          ? profile.languages.map((code) => languageName(code, language)).join(", ")
          : none(t("facts.noLanguages"))}
      </Fact>
      <Fact term={t("fields.heardFrom")}>
        {profile.heardFrom ? t(`heardFrom.${profile.heardFrom}`) : none(t("heardFrom.none"))}
      </Fact>
      <Fact term={t("facts.adult")}>{profile.adultConfirmed ? t("facts.adultYes") : t("facts.adultNo")}</Fact>
      <Fact term={t("facts.visitCount")}>{profile.visitCount}</Fact>
      <Fact term={t("facts.issued")}>{formatInstantDay(profile.issuedAt, language)}</Fact>
      <Fact term={t("facts.firstVisit")}>
        {profile.firstVisitOn ? formatVisitDay(profile.firstVisitOn, language) : none(t("facts.noVisit"))}
      </Fact>
      <Fact term={t("facts.lastVisit")}>
        {profile.lastVisitOn ? formatVisitDay(profile.lastVisitOn, language) : none(t("facts.noVisit"))}
      </Fact>
      {profile.mergedCodes.length > 0 && (
        <Fact term={t("facts.mergedCodes")}>
          <Text component="span" inherit ff="monospace">
            {profile.mergedCodes.map((code) => formatVisitorCode(code.replace(/-/g, ""))).join(", ")}
          </Text>
          <Text size="sm" c="dark.6">
            {t("facts.mergedCodesHelp")}
          </Text>
        </Fact>
      )}
    </Box>
  );
}
