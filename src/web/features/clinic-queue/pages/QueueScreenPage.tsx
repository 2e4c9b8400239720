import { Anchor, Box, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FullPageLoader } from "../../../components/FullPageLoader";
import { usePageTitle } from "../../../hooks/usePageTitle";
import { fitWaiting, isStale, newlyCalled } from "../clinic-queue.logic";
import { clinicQueuePaths } from "../clinic-queue.paths";
import { useQueueScreen } from "../clinic-queue.queries";
import { QueueIcon } from "../components/QueueIcon";

/** A newly called number stays highlighted this long. */
const HIGHLIGHT_MS = 30_000;
/** After this long without a fresh answer, the screen says it may be out of date. */
const STALE_AFTER_MS = 30_000;
/** Waiting numbers shown; more are summed up ("and 4 more"). */
const WAITING_ROOM = 24;

/**
 * The screen in the waiting room, on a TV: the numbers called now, very large, and the waiting
 * numbers. Numbers only: no codes, no nationalities, no names (someone may be watching). It stands
 * outside the staff shell and refreshes itself; "Full screen" hides the browser around it.
 */
export function QueueScreenPage() {
  const { siteId = "" } = useParams();
  const { t, i18n } = useTranslation("clinic-queue");
  usePageTitle(t("screen.title"));
  const screen = useQueueScreen(siteId);
  const [highlighted, setHighlighted] = useState<Map<number, number>>(new Map());
  const previous = useRef<number[] | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [fullScreen, setFullScreen] = useState(() => document.fullscreenElement !== null);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const nowCalling = screen.data?.nowCalling;
  useEffect(() => {
    if (!nowCalling) return;
    const fresh = newlyCalled(previous.current, nowCalling);
    previous.current = nowCalling;
    if (fresh.length === 0) return;
    setHighlighted((was) => {
      const next = new Map(was);
      for (const number of fresh) next.set(number, Date.now());
      return next;
    });
  }, [nowCalling]);

  // The staff app's language, and English beside it for the women when it is not English already.
  const english = i18n.getFixedT("en", "clinic-queue");
  const both = (
    key:
      | "screen.nowCalling"
      | "screen.waiting"
      | "screen.nobodyCalled"
      | "screen.nobodyWaiting"
      | "screen.closed",
  ) => (i18n.language === "en" ? [t(key)] : [t(key), english(key)]);

  if (screen.isPending) return <FullPageLoader />;

  const data = screen.data;
  const stale = data ? isStale(screen.dataUpdatedAt, now, STALE_AFTER_MS) : false;
  const isHighlighted = (number: number) => {
    const since = highlighted.get(number);
    return since !== undefined && now - since < HIGHLIGHT_MS;
  };
  const waiting = data ? fitWaiting(data.waiting, WAITING_ROOM) : { shown: [], more: 0 };

  return (
    <Box
      component="main"
      id="main"
      mih="100vh"
      bg="white"
      c="dark.9"
      p={{ base: "md", md: "xl" }}
      style={{ display: "flex", flexDirection: "column", gap: "2vh" }}
    >
      <Group justify="space-between" align="center">
        <Title order={1} fz={{ base: 24, md: 32 }} c="dark.8" fw={600}>
          {t("screen.title")}
        </Title>
        {!fullScreen && (
          <Group gap="md">
            <Anchor component={Link} to={clinicQueuePaths.deskOf(siteId)}>
              {t("screen.back")}
            </Anchor>
            {document.fullscreenEnabled && (
              <Button
                variant="default"
                leftSection={<QueueIcon icon="fullScreen" />}
                onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}
              >
                {t("screen.fullScreen")}
              </Button>
            )}
          </Group>
        )}
      </Group>

      {!data ? (
        <ErrorAlert error={screen.error} />
      ) : (
        <>
          {stale && (
            <Text role="status" c="orange.9" fw={600} fz="lg">
              {t("screen.stale", {
                time: new Date(screen.dataUpdatedAt).toLocaleTimeString(i18n.language, {
                  hour: "2-digit",
                  minute: "2-digit",
                }),
              })}
            </Text>
          )}
          <Box
            component="section"
            aria-labelledby="screen-calling"
            p={{ base: "md", md: "xl" }}
            style={{ borderRadius: 16, background: "var(--mantine-color-calm-9)", color: "white" }}
          >
            <Group gap="md" align="center" id="screen-calling" wrap="nowrap">
              <QueueIcon icon="call" size={56} />
              <Stack gap={0}>
                {both("screen.nowCalling").map((text, index) => (
                  <Text
                    key={text}
                    fz={index === 0 ? "clamp(28px, 4vw, 56px)" : "clamp(18px, 2.4vw, 32px)"}
                    fw={index === 0 ? 700 : 500}
                    lh={1.15}
                  >
                    {text}
                  </Text>
                ))}
              </Stack>
            </Group>
            <div aria-live="polite" aria-atomic="true">
              {data.nowCalling.length === 0 ? (
                <Text fz="clamp(24px, 3vw, 44px)" mt="md">
                  {both("screen.nobodyCalled").join(" · ")}
                </Text>
              ) : (
                <Group gap="4vw" mt="md" align="baseline">
                  {data.nowCalling.map((number, index) => (
                    <Text
                      key={number}
                      fz={index === 0 ? "clamp(120px, 22vw, 360px)" : "clamp(72px, 11vw, 180px)"}
                      fw={800}
                      lh={1}
                      px={isHighlighted(number) ? "0.15em" : 0}
                      style={{
                        fontVariantNumeric: "tabular-nums",
                        borderRadius: 12,
                        // Just called: yellow behind the number for half a minute, so eyes find it.
                        background: isHighlighted(number) ? "var(--mantine-color-yellow-3)" : undefined,
                        color: isHighlighted(number) ? "var(--mantine-color-dark-9)" : undefined,
                      }}
                    >
                      {number}
                    </Text>
                  ))}
                </Group>
              )}
            </div>
          </Box>

          <Box component="section" aria-labelledby="screen-waiting" style={{ flex: 1 }}>
            <Group gap="md" align="center" id="screen-waiting" wrap="nowrap">
              <QueueIcon icon="ticket" size={44} />
              <Stack gap={0}>
                {both("screen.waiting").map((text, index) => (
                  <Text
                    key={text}
                    fz={index === 0 ? "clamp(24px, 3vw, 44px)" : "clamp(16px, 2vw, 28px)"}
                    fw={index === 0 ? 700 : 500}
                    lh={1.15}
                  >
                    {text}
                  </Text>
                ))}
              </Stack>
            </Group>
            {waiting.shown.length === 0 ? (
              <Text fz="clamp(24px, 3vw, 44px)" mt="md" c="dark.7">
                {(data.open ? both("screen.nobodyWaiting") : both("screen.closed")).join(" · ")}
              </Text>
            ) : (
              <Group gap="3vw" mt="md" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
                {waiting.shown.map((number) => (
                  <Text
                    key={number}
                    component="li"
                    fz="clamp(56px, 8vw, 140px)"
                    fw={700}
                    lh={1.1}
                    style={{ fontVariantNumeric: "tabular-nums" }}
                  >
                    {number}
                  </Text>
                ))}
                {waiting.more > 0 && (
                  <Text component="li" fz="clamp(28px, 3vw, 48px)" c="dark.7" style={{ alignSelf: "center" }}>
                    {t("screen.more", { count: waiting.more })}
                  </Text>
                )}
              </Group>
            )}
          </Box>

          {!fullScreen && (
            <Text size="sm" c="dark.7">
              {t("screen.help")}
            </Text>
          )}
        </>
      )}
    </Box>
  );
}
