import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "../app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { withoutBasename } from "../app/paths";
import { createQueryClient } from "../app/query-client";
import { createStaffRouter } from "../app/router";
import { StaffApp } from "../app/StaffApp";
import { installSessionWatch } from "../app/session";
import { initI18n } from "../i18n/i18n";

initI18n();
const queryClient = createQueryClient();
const router = createStaffRouter();
// Before the first request: a 401 from any call, the very first included, leads to the sign-in page.
installSessionWatch({
  queryClient,
  currentPath: () => withoutBasename(router.state.location.pathname) + router.state.location.search,
  navigate: (to) => router.navigate(to, { replace: true }),
});

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
createRoot(root).render(
  <StrictMode>
    <StaffApp queryClient={queryClient} router={router} />
  </StrictMode>,
);
