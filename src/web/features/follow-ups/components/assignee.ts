import { useTranslation } from "react-i18next";
import type { Assignee } from "../../../../common/contracts/follow-ups";
import { useCurrentUser } from "../../../app/current-user";

/** "You", "Any social worker", or the colleague's name, for a follow-up's assignee. */
export function useAssigneeLabel() {
  const { t } = useTranslation("follow-ups");
  const me = useCurrentUser();
  return (assignee: Assignee): string => {
    if (assignee.kind === "any_social_worker") return t("assignee.anySocialWorker");
    if (assignee.accountId === me.id) return t("assignee.you");
    return assignee.displayName ?? t("assignee.removed");
  };
}
