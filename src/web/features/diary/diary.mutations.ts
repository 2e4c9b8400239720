import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import {
  type CreateKeywordRuleBodySchema,
  type CreateParagraphBody,
  type CreateThemeBodySchema,
  diaryRoutes,
  type Entry,
  type Paragraph,
  type Theme,
  type ThemeList,
  type UpdateEntryBody,
  type UpdateKeywordRuleBodySchema,
  type UpdateParagraphBody,
  type UpdateThemeBodySchema,
} from "../../../common/contracts/diary";
import { callApi } from "../../api/client";
import { diaryKeys } from "./diary.queries";

/** Puts a saved paragraph into the cached entry at once (its place kept, a new one last). */
function withParagraph(entry: Entry, paragraph: Paragraph): Entry {
  const at = entry.paragraphs.findIndex((p) => p.id === paragraph.id);
  const paragraphs =
    at < 0 ? [...entry.paragraphs, paragraph] : entry.paragraphs.map((p, i) => (i === at ? paragraph : p));
  return { ...entry, id: entry.id ?? paragraph.entryId, paragraphs };
}

/** After a write: the entry shows it at once, and every list of the diary asks again. */
export function afterParagraphWrite(queryClient: QueryClient, sessionId: string, paragraph?: Paragraph) {
  if (paragraph) {
    queryClient.setQueryData<Entry>(diaryKeys.entry(sessionId), (entry) =>
      entry ? withParagraph(entry, paragraph) : entry,
    );
  }
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const key = query.queryKey;
      if (key[0] !== "diary") return false;
      // The open history page stays as read (reading it again is audited).
      return key[1] !== "history" && key[1] !== "themes" && key[1] !== "colleagues";
    },
  });
}

/**
 * Writes are tried even when the browser says it is offline: a failure answers at once, and the text
 * goes to the drafts that are sent when the connection returns (instead of a button that spins).
 */
const TRY_ALWAYS = { networkMode: "always" } as const;

export function useAddParagraph(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...TRY_ALWAYS,
    mutationFn: ({ body, idempotencyKey }: { body: CreateParagraphBody; idempotencyKey: string }) =>
      callApi(diaryRoutes.addParagraph, {
        params: { sessionId },
        body,
        headers: { "Idempotency-Key": idempotencyKey },
      }),
    onSuccess: (write) => afterParagraphWrite(queryClient, sessionId, write.paragraph),
  });
}

export function useUpdateParagraph(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...TRY_ALWAYS,
    mutationFn: ({ id, body }: { id: string; body: UpdateParagraphBody }) =>
      callApi(diaryRoutes.updateParagraph, { params: { id }, body }),
    onSuccess: (write) => afterParagraphWrite(queryClient, sessionId, write.paragraph),
  });
}

export function useRemoveParagraph(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      callApi(diaryRoutes.removeParagraph, { params: { id }, query: { version } }),
    onSuccess: (_ok, { id }) => {
      queryClient.setQueryData<Entry>(diaryKeys.entry(sessionId), (entry) =>
        entry ? { ...entry, paragraphs: entry.paragraphs.filter((p) => p.id !== id) } : entry,
      );
      return afterParagraphWrite(queryClient, sessionId);
    },
  });
}

export function useUpdateEntry(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    ...TRY_ALWAYS,
    mutationFn: (body: UpdateEntryBody) => callApi(diaryRoutes.updateEntry, { params: { sessionId }, body }),
    onSuccess: (write) => {
      queryClient.setQueryData(diaryKeys.entry(sessionId), write.entry);
      return afterParagraphWrite(queryClient, sessionId);
    },
  });
}

// Themes and keyword rules (managers)

function useThemeSaved() {
  const queryClient = useQueryClient();
  return (theme: Theme) => {
    queryClient.setQueryData<ThemeList>(diaryKeys.themes(), (list) => {
      if (!list) return list;
      const at = list.themes.findIndex((t) => t.id === theme.id);
      const themes = at < 0 ? [...list.themes, theme] : list.themes.map((t, i) => (i === at ? theme : t));
      return { ...list, themes };
    });
    return queryClient.invalidateQueries({ queryKey: diaryKeys.themes() });
  };
}

export function useCreateTheme() {
  const saved = useThemeSaved();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateThemeBodySchema>) => callApi(diaryRoutes.createTheme, { body }),
    onSuccess: saved,
  });
}

export function useUpdateTheme() {
  const saved = useThemeSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof UpdateThemeBodySchema> }) =>
      callApi(diaryRoutes.updateTheme, { params: { id }, body }),
    onSuccess: saved,
  });
}

export function useAddKeywordRule() {
  const saved = useThemeSaved();
  return useMutation({
    mutationFn: ({ themeId, body }: { themeId: string; body: z.input<typeof CreateKeywordRuleBodySchema> }) =>
      callApi(diaryRoutes.addKeywordRule, { params: { id: themeId }, body }),
    onSuccess: saved,
  });
}

export function useUpdateKeywordRule() {
  const saved = useThemeSaved();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: z.input<typeof UpdateKeywordRuleBodySchema> }) =>
      callApi(diaryRoutes.updateKeywordRule, { params: { id }, body }),
    onSuccess: saved,
  });
}

export function useRemoveKeywordRule() {
  const saved = useThemeSaved();
  return useMutation({
    mutationFn: (id: string) => callApi(diaryRoutes.removeKeywordRule, { params: { id } }),
    onSuccess: saved,
  });
}
