import { useTranslation } from "react-i18next";
import type { Message } from "../../../../common/contracts/messages";
import { useCurrentUser } from "../../../app/current-user";

/** "To everyone", "To the managers", "To you", or "To <name>". */
export function useAudienceLabel() {
  const { t } = useTranslation("messages");
  const me = useCurrentUser();
  return (message: Pick<Message, "audience" | "recipient">): string => {
    if (message.audience === "all") return t("audience.toAll");
    if (message.audience === "managers") return t("audience.toManagers");
    if (message.recipient?.accountId === me.id) return t("audience.toYou");
    return t("audience.toPerson", { name: message.recipient?.displayName ?? t("formerColleague") });
  };
}
