import { Badge, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FollowUp } from "../../../../common/contracts/follow-ups";
import { DiaryIcon } from "../../handover/components/DiaryIcon";
import { formatShortDate } from "../../sites/format";
import { dueState } from "../follow-ups.logic";

const COLOURS = {
  overdue: { color: "red.9", variant: "filled" },
  today: { color: "yellow.3", variant: "filled" },
  tomorrow: { color: "calm.9", variant: "outline" },
  later: { color: "gray.8", variant: "outline" },
  closed: { color: "gray.8", variant: "outline" },
} as const;

/** When it is due, in words and colour: overdue and due today stand out; closed ones show their state. */
export function DueBadge({ followUp, today }: { followUp: FollowUp; today: string }) {
  const { t, i18n } = useTranslation("follow-ups");
  const state = dueState(followUp, today);
  const date = formatShortDate(followUp.dueOn, i18n.language);
  if (state === "closed") {
    return (
      <Badge color={followUp.status === "done" ? "teal.9" : "gray.8"} variant="filled" size="lg">
        <Group gap={4} wrap="nowrap">
          {followUp.status === "done" && <DiaryIcon icon="check" size={14} />}
          {t(`status.${followUp.status}`)}
        </Group>
      </Badge>
    );
  }
  const { color, variant } = COLOURS[state];
  return (
    <Badge
      color={color}
      variant={variant}
      size="lg"
      c={variant === "outline" || state === "today" ? "dark.9" : undefined}
    >
      <Group gap={4} wrap="nowrap">
        <DiaryIcon icon="clock" size={14} />
        {t(`due.${state}`, { date })}
      </Group>
    </Badge>
  );
}
