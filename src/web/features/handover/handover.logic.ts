import type { Handover } from "../../../common/contracts/handover";

export interface HandoverNews {
  unread: number;
  due: number;
  overdue: number;
  /** Something to read before the evening: unread messages or follow-ups due. */
  attention: boolean;
}

/** What the banners on the door and the home page say about a handover. */
export function handoverNews(
  handover: Pick<Handover, "unreadMessages" | "followUps" | "attention">,
): HandoverNews {
  const overdue = handover.followUps.filter((followUp) => followUp.overdue).length;
  return {
    unread: handover.unreadMessages.length,
    due: handover.followUps.length,
    overdue,
    attention: handover.attention || handover.unreadMessages.length > 0 || handover.followUps.length > 0,
  };
}
