import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Site } from "../../../../common/contracts/sites";
import { cataloguePaths } from "../../catalogue/catalogue.paths";
import { sitePaths } from "../sites.paths";
import { SiteFormModal } from "./SiteFormModal";

interface SiteHeaderProps {
  site: Site;
  title: string;
  intro: string;
  active: SitePage;
}

type SitePage = "week" | "sessions" | "catalogue";
const PAGE_PATHS: Record<SitePage, (siteId: string) => string> = {
  week: sitePaths.week,
  sessions: sitePaths.sessions,
  catalogue: cataloguePaths.site,
};

/** A site page's heading, its links to the site's other pages, and its settings for those who may. */
export function SiteHeader({ site, title, intro, active }: SiteHeaderProps) {
  const { t } = useTranslation(["sites", "catalogue"]);
  const [editing, setEditing] = useState(false);
  const link = (page: SitePage, label: string) => (
    <Anchor
      component={Link}
      to={PAGE_PATHS[page](site.id)}
      aria-current={active === page ? "page" : undefined}
      fw={active === page ? 700 : 400}
      underline={active === page ? "always" : "hover"}
    >
      {label}
    </Anchor>
  );
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Title order={1}>{title}</Title>
        {site.can.update && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t("site.settings")}
          </Button>
        )}
      </Group>
      <Group component="nav" aria-label={t("site.tabsLabel")} gap="lg">
        {link("week", t("site.week"))}
        {link("sessions", t("site.sessions"))}
        {link("catalogue", t("catalogue:shortTitle"))}
      </Group>
      <Text c="dark.6">{intro}</Text>
      {editing && (
        <SiteFormModal
          site={site}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            notifications.show({ color: "calm", message: t("site.saved") });
          }}
        />
      )}
    </Stack>
  );
}
