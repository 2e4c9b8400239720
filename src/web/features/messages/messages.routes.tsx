import type { RouteObject } from "react-router";
import { RequirePermission } from "../../app/components/RequirePermission";
import { messagePatterns } from "./messages.paths";

/** Messages: a site's messages (pinned first), one message with who has read it, and writing one. */
export const messagesStaffRoutes: RouteObject[] = [
  {
    element: <RequirePermission permission="diary.write" />,
    children: [
      {
        path: messagePatterns.start,
        lazy: async () => ({ Component: (await import("./pages/MessagesStartPage")).MessagesStartPage }),
      },
      {
        path: messagePatterns.list,
        lazy: async () => ({ Component: (await import("./pages/MessagesPage")).MessagesPage }),
      },
      {
        path: messagePatterns.message,
        lazy: async () => ({ Component: (await import("./pages/MessagePage")).MessagePage }),
      },
    ],
  },
];
