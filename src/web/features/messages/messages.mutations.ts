import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type Message, messagesRoutes, type SendMessageBody } from "../../../common/contracts/messages";
import { callApi } from "../../api/client";
import { messageKeys } from "./messages.queries";

/** The handover lists unread messages; it asks again after any change here. */
const HANDOVER_KEY = ["handover"] as const;

function useAfterChange() {
  const queryClient = useQueryClient();
  return (message: Message) => {
    queryClient.setQueryData(messageKeys.message(message.id), message);
    void queryClient.invalidateQueries({ queryKey: HANDOVER_KEY });
    void queryClient.invalidateQueries({ queryKey: messageKeys.receipts(message.id) });
    return queryClient.invalidateQueries({ queryKey: messageKeys.lists() });
  };
}

export function useSendMessage() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: SendMessageBody) => callApi(messagesRoutes.sendMessage, { body }),
    onSuccess: afterChange,
  });
}

/** I have opened it: the read receipt (repeating it keeps the first time). */
export function useMarkRead() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => callApi(messagesRoutes.markRead, { params: { id } }),
    onSuccess: afterChange,
  });
}

export function usePinMessage(id: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (pinned: boolean) => callApi(messagesRoutes.pinMessage, { params: { id }, body: { pinned } }),
    onSuccess: afterChange,
  });
}
