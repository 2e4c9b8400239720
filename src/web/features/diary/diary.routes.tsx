import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { diaryPatterns } from "./diary.paths";

/**
 * The shift diary: tonight's entry and any session's, the list of entries, the themes page and
 * search (every staff member on duty); an entry's history (managers); themes and keyword rules
 * (managers).
 */
export const diaryStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="diary.write" />,
    children: [
      {
        path: diaryPatterns.start,
        lazy: async () => ({ Component: (await import("./pages/DiaryStartPage")).DiaryStartPage }),
      },
      {
        path: diaryPatterns.tonight,
        lazy: async () => ({ Component: (await import("./pages/TonightEntryPage")).TonightEntryPage }),
      },
      {
        path: diaryPatterns.entries,
        lazy: async () => ({ Component: (await import("./pages/EntriesPage")).EntriesPage }),
      },
      {
        path: diaryPatterns.themes,
        lazy: async () => ({ Component: (await import("./pages/ThemeMonthsPage")).ThemeMonthsPage }),
      },
      {
        path: diaryPatterns.search,
        lazy: async () => ({ Component: (await import("./pages/SearchPage")).SearchPage }),
      },
      {
        path: diaryPatterns.entry,
        lazy: async () => ({ Component: (await import("./pages/EntryPage")).EntryPage }),
      },
    ],
  },
  {
    element: <RequirePermission permission="diary.history" />,
    children: [
      {
        path: diaryPatterns.history,
        lazy: async () => ({ Component: (await import("./pages/EntryHistoryPage")).EntryHistoryPage }),
      },
    ],
  },
  {
    element: <RequirePermission permission="diary.themes" />,
    children: [
      {
        path: diaryPatterns.themeSettings,
        lazy: async () => ({ Component: (await import("./pages/ThemeSettingsPage")).ThemeSettingsPage }),
      },
    ],
  },
];
