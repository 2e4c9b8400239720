import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { IssueCodeForm } from "../components/IssueCodeForm";
import { LiveNotice } from "../components/LiveNotice";
import { LookupForm } from "../components/LookupForm";
import { useForgetErasedCodes } from "../visitors.mutations";
import { noticeFrom } from "../visitors.paths";

/** Visitor codes: find a code from her card, or give her a new one. */
export function VisitorCodesPage() {
  const { t } = useTranslation("visitors");
  usePageTitle(t("codes.title"));
  const location = useLocation();
  const navigate = useNavigate();
  // A notice handed over by the page before (the code was erased); read once, then dropped from the
  // history entry so a reload does not repeat it.
  const [handedOver] = useState(() => noticeFrom(location.state));
  const notice = handedOver?.kind === "erased" ? { id: 0, text: t("codes.erased") } : null;
  const forgetErased = useForgetErasedCodes();
  useEffect(() => {
    if (!handedOver) return;
    if (handedOver.kind === "erased") forgetErased();
    void navigate(location.pathname, { replace: true, state: null });
  }, [handedOver, navigate, location.pathname, forgetErased]);

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1}>{t("codes.title")}</Title>
        <Text c="dark.6">{t("codes.intro")}</Text>
      </Stack>
      <LiveNotice notice={notice} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper
          withBorder
          p="lg"
          component="section"
          aria-labelledby="lookup-heading"
          style={{ alignSelf: "start" }}
        >
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} size="h3" id="lookup-heading">
                {t("lookup.title")}
              </Title>
              <Text c="dark.6">{t("lookup.intro")}</Text>
            </Stack>
            <LookupForm />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="issue-heading">
          <Stack gap="md">
            <Stack gap={4}>
              <Title order={2} size="h3" id="issue-heading">
                {t("issue.title")}
              </Title>
              <Text c="dark.6">{t("issue.intro")}</Text>
            </Stack>
            <IssueCodeForm />
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
