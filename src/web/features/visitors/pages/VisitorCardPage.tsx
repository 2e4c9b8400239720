import { Alert, Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { isApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { VisitorCard } from "../components/VisitorCard";
import { cardQrDataUrl } from "../visitors.card";
import { visitorPaths } from "../visitors.paths";
import { useVisitorProfile } from "../visitors.queries";

/** Draws the QR code of a link in the browser; null until it is ready, or when drawing failed. */
function useCardQr(cardUrl: string | undefined) {
  const [state, setState] = useState<{ url: string; src: string | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (!cardUrl) return;
    let current = true;
    cardQrDataUrl(cardUrl).then(
      (src) => current && setState({ url: cardUrl, src, failed: false }),
      () => current && setState({ url: cardUrl, src: null, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [cardUrl]);
  return state?.url === cardUrl ? state : null;
}

/**
 * Her printable card: shown at its real size, printed alone on the page. Works when opened directly
 * (a reload, a bookmark): the profile is fetched by the id in the address.
 */
export function VisitorCardPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation("visitors");
  usePageTitle(t("card.title"));
  const profile = useVisitorProfile(id);
  const qr = useCardQr(profile.data?.cardUrl);

  if (profile.isPending) return <FullPageLoader />;
  if (profile.isError) {
    return (
      <Stack maw={720} gap="md">
        <Title order={1}>{t("card.title")}</Title>
        {isApiError(profile.error) && profile.error.code === "NOT_FOUND" ? (
          <Text>{t("profile.notFound")}</Text>
        ) : (
          <ErrorAlert error={profile.error} />
        )}
        <Anchor component={Link} to={visitorPaths.codes()}>
          {t("profile.back")}
        </Anchor>
      </Stack>
    );
  }

  const code = profile.data.code;
  const ready = qr?.src ?? null;
  return (
    <Stack gap="lg" maw={720}>
      <Anchor component={Link} to={visitorPaths.profile(profile.data.id)} size="sm">
        {t("card.back")}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t("card.title")}</Title>
        <Text c="dark.6">{t("card.intro")}</Text>
      </Stack>
      <figure style={{ margin: 0 }}>
        <VisitorCard code={code} qrSrc={ready} />
        <Text component="figcaption" size="sm" c="dark.6" mt="xs">
          {t("card.caption")}
        </Text>
      </figure>
      {qr?.failed && (
        <Alert color="red" variant="light">
          {t("card.qrFailed")}
        </Alert>
      )}
      <Group gap="sm">
        <Button size="lg" onClick={() => window.print()} disabled={!ready}>
          {t("card.print")}
        </Button>
      </Group>
      <Text size="sm" c="dark.6">
        {t("card.printHelp")}
      </Text>
      {ready &&
        createPortal(
          <div className="visitor-card-sheet" aria-hidden="true">
            <VisitorCard code={code} qrSrc={ready} />
          </div>,
          document.body,
        )}
    </Stack>
  );
}
