import { Anchor, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Site } from "../../../../common/contracts/sites";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { rememberDoorSite } from "../../door/door.format";
import { useSite } from "../../sites/sites.queries";
import { Loading } from "./Loading";

interface SiteGateProps {
  siteId: string;
  /** The page's title while the site is not known (loading, or not found). */
  title: string;
  /** Where "choose a site" leads. */
  startPath: string;
  children: (site: Site) => ReactNode;
}

/**
 * The site a page belongs to (its name and time zone): a loader first, a calm "not found" for a site
 * this person does not work at (as for an unknown one), then the page. The site is remembered, so
 * the door and these pages open the same one next time.
 */
export function SiteGate({ siteId, title, startPath, children }: SiteGateProps) {
  const { t } = useTranslation("handover");
  const site = useSite(siteId);
  const id = site.data?.id;
  useEffect(() => {
    if (id) rememberDoorSite(id);
  }, [id]);
  if (site.isPending) return <Loading page />;
  if (site.isError) {
    const notFound = isApiError(site.error) && site.error.code === "NOT_FOUND";
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{title}</Title>
        {notFound ? <Text>{t("sites.notFound")}</Text> : <ErrorAlert error={site.error} />}
        <Anchor component={Link} to={startPath}>
          {t("sites.chooseOther")}
        </Anchor>
      </Stack>
    );
  }
  return <>{children(site.data)}</>;
}
