import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FLAG_KINDS, type FlagKind, type VisitorProfile } from "../../../../common/contracts/visits";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { formatInstantDay } from "../visitors.format";
import { useClearFlag, useRaiseFlag } from "../visitors.mutations";

interface FlagsPanelProps {
  profile: VisitorProfile;
  notify: (text: string) => void;
}

/**
 * What the door should tell her next time: see the nurse, or a colleague wants to talk to her. The
 * door never says why, and this page never asks: a flag is only its kind.
 */
export function FlagsPanel({ profile, notify }: FlagsPanelProps) {
  const { t, i18n } = useTranslation("visitors");
  const raise = useRaiseFlag(profile.id);
  const clear = useClearFlag(profile.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const [pending, setPending] = useState<string | null>(null);
  const openKinds = new Set(profile.flags.map((flag) => flag.kind));

  // The button pressed goes away or is disabled; the section's heading takes the focus instead, and
  // the notice says what happened.
  const focusHeading = () => window.requestAnimationFrame(() => heading.current?.focus());
  const onRaise = (kind: FlagKind) => {
    setPending(kind);
    clear.reset();
    raise.mutate(kind, {
      onSuccess: () => {
        notify(t("flags.raised", { kind: t(`flags.kinds.${kind}`) }));
        focusHeading();
      },
      onSettled: () => setPending(null),
    });
  };
  const onClear = (flagId: string, kind: FlagKind) => {
    setPending(flagId);
    raise.reset();
    clear.mutate(flagId, {
      onSuccess: () => {
        notify(t("flags.cleared", { kind: t(`flags.kinds.${kind}`) }));
        focusHeading();
      },
      onSettled: () => setPending(null),
    });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="flags-heading">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="flags-heading" ref={heading} tabIndex={-1}>
            {t("flags.title")}
          </Title>
          <Text c="dark.6">{t("flags.intro")}</Text>
        </Stack>
        <ErrorAlert error={raise.error ?? clear.error} />
        {profile.flags.length === 0 ? (
          <Text fs="italic" c="dark.6">
            {t("flags.none")}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: "none" }}>
            {profile.flags.map((flag) => (
              <Paper component="li" key={flag.id} withBorder p="md" bg="yellow.0" bd="1px solid yellow.6">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={2}>
                    <Text fw={700} size="lg">
                      {t(`flags.kinds.${flag.kind}`)}
                    </Text>
                    <Text size="sm" c="dark.7">
                      {t("flags.since", {
                        date: formatInstantDay(flag.raisedAt, i18n.language),
                        source: t(`flags.sources.${flag.source}`),
                      })}
                    </Text>
                  </Stack>
                  <Button
                    variant="default"
                    size="md"
                    loading={pending === flag.id}
                    disabled={pending !== null && pending !== flag.id}
                    onClick={() => onClear(flag.id, flag.kind)}
                    aria-label={t("flags.clearLabel", { kind: t(`flags.kinds.${flag.kind}`) })}
                  >
                    {t("flags.clear")}
                  </Button>
                </Group>
              </Paper>
            ))}
          </Stack>
        )}
        <Stack gap="xs">
          <Text fw={600}>{t("flags.raiseTitle")}</Text>
          <Group gap="sm">
            {FLAG_KINDS.map((kind) => (
              <Button
                key={kind}
                variant="light"
                size="md"
                loading={pending === kind}
                disabled={openKinds.has(kind) || (pending !== null && pending !== kind)}
                onClick={() => onRaise(kind)}
              >
                {t(`flags.kinds.${kind}`)}
              </Button>
            ))}
          </Group>
          {FLAG_KINDS.some((kind) => openKinds.has(kind)) && (
            <Text size="sm" c="dark.6">
              {t("flags.alreadyOpen")}
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
