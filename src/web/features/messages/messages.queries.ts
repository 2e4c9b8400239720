import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type MessageListQuery, messagesRoutes } from "../../../common/contracts/messages";
import { callApi } from "../../api/client";

/** How often the list asks for news while it is shown: a colleague's message arrives by itself. */
export const MESSAGES_REFRESH_MS = 60_000;

export const messageKeys = {
  all: ["messages"] as const,
  lists: () => [...messageKeys.all, "list"] as const,
  list: (siteId: string, query: MessageListQuery) => [...messageKeys.lists(), siteId, query] as const,
  message: (id: string) => [...messageKeys.all, "one", id] as const,
  receipts: (id: string) => [...messageKeys.all, "receipts", id] as const,
};

export const useMessages = (siteId: string, query: MessageListQuery) =>
  useQuery({
    queryKey: messageKeys.list(siteId, query),
    queryFn: ({ signal }) => callApi(messagesRoutes.listMessages, { params: { siteId }, query, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: MESSAGES_REFRESH_MS,
    refetchIntervalInBackground: false,
  });

export const useMessage = (id: string) =>
  useQuery({
    queryKey: messageKeys.message(id),
    queryFn: ({ signal }) => callApi(messagesRoutes.getMessage, { params: { id }, signal }),
  });

/** Who has read it: only asked for when the message says this person may see it. */
export const useReceipts = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: messageKeys.receipts(id),
    queryFn: ({ signal }) => callApi(messagesRoutes.receipts, { params: { id }, signal }),
    enabled,
    refetchInterval: MESSAGES_REFRESH_MS,
    refetchIntervalInBackground: false,
  });
