import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { diaryRoutes } from "../../../common/contracts/diary";
import { callApi, isApiError } from "../../api/client";
import { useCurrentUser } from "../../app/current-user";
import { isConnectionFailure, isStaleVersion } from "./diary.conflict";
import {
  type DiaryDraft,
  DRAFTS_CHANGED_EVENT,
  draftStore,
  isDraftKey,
  type SendOutcome,
  sendPendingDrafts,
} from "./diary.drafts";
import { afterParagraphWrite } from "./diary.mutations";

/** Sends one pending draft as it was written: a new paragraph, an edit, or the summary. */
export async function sendDraft(draft: DiaryDraft): Promise<SendOutcome> {
  const fields = {
    themeIds: draft.themeIds,
    restriction: draft.restriction,
    ...(draft.restriction === "role" && draft.restrictedRole ? { restrictedRole: draft.restrictedRole } : {}),
    visitorCodes: draft.visitorCodes,
  };
  try {
    switch (draft.target.kind) {
      case "new":
        await callApi(diaryRoutes.addParagraph, {
          params: { sessionId: draft.sessionId },
          body: { body: draft.body, ...fields },
          headers: { "Idempotency-Key": draft.id },
        });
        break;
      case "paragraph":
        await callApi(diaryRoutes.updateParagraph, {
          params: { id: draft.target.paragraphId },
          body: { version: draft.target.baseVersion, body: draft.body, ...fields },
        });
        break;
      case "summary":
        await callApi(diaryRoutes.updateEntry, {
          params: { sessionId: draft.sessionId },
          body: { version: draft.target.baseVersion, summary: draft.body, themeIds: draft.themeIds },
        });
        break;
    }
    return { kind: "saved" };
  } catch (error) {
    if (isStaleVersion(error)) return { kind: "conflict" };
    if (isConnectionFailure(error)) return { kind: "offline" };
    // Signed out meanwhile: the draft waits for the next sign-in.
    if (isApiError(error) && error.code === "UNAUTHENTICATED") return { kind: "offline" };
    return { kind: "refused", code: isApiError(error) ? error.code : "INTERNAL" };
  }
}

let sending = false;

/**
 * While a diary page is open: sends this person's pending drafts now and whenever the browser says
 * the connection is back, and tells them what happened.
 */
export function useDraftSync(): () => Promise<void> {
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const { t } = useTranslation("diary");

  const run = useCallback(async () => {
    if (sending || (typeof navigator !== "undefined" && navigator.onLine === false)) return;
    if (!draftStore.list(me.id).some((d) => d.state === "pending")) return;
    sending = true;
    try {
      const report = await sendPendingDrafts(draftStore, me.id, sendDraft);
      const touched = new Set(
        [...report.saved, ...report.conflicts, ...report.refused].map((d) => d.sessionId),
      );
      for (const sessionId of touched) void afterParagraphWrite(queryClient, sessionId);
      if (report.saved.length > 0) {
        notifications.show({
          color: "calm",
          message: t("drafts.sentWhenOnline", { count: report.saved.length }),
        });
      }
      if (report.conflicts.length + report.refused.length > 0) {
        notifications.show({
          color: "orange",
          autoClose: false,
          message: t("drafts.needLook", { count: report.conflicts.length + report.refused.length }),
        });
      }
    } finally {
      sending = false;
    }
  }, [me.id, queryClient, t]);

  useEffect(() => {
    void run();
    const onOnline = () => void run();
    window.addEventListener("online", onOnline);
    // Browsers do not always say "online" after a short drop: try again now and then.
    const timer = window.setInterval(() => void run(), 30_000);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [run]);
  return run;
}

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (isDraftKey(event.key)) onChange();
  };
  window.addEventListener(DRAFTS_CHANGED_EVENT, onChange);
  window.addEventListener("storage", onStorage);
  return () => {
    window.removeEventListener(DRAFTS_CHANGED_EVENT, onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** This person's drafts of one entry, kept up to date (a JSON snapshot, so React sees a change). */
export function useEntryDrafts(sessionId: string): DiaryDraft[] {
  const me = useCurrentUser();
  const snapshot = useSyncExternalStore(subscribe, () => JSON.stringify(draftStore.list(me.id, sessionId)));
  return useMemo(() => JSON.parse(snapshot) as DiaryDraft[], [snapshot]);
}

/** Whether the browser believes it is connected; follows the online and offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      window.addEventListener("online", onChange);
      window.addEventListener("offline", onChange);
      return () => {
        window.removeEventListener("online", onChange);
        window.removeEventListener("offline", onChange);
      };
    },
    () => navigator.onLine,
  );
}
