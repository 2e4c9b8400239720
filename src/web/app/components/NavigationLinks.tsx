import { NavLink } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NavLink as RouterNavLink, useLocation } from "react-router";
import { useCurrentUser } from "../current-user";
import { NAVIGATION_NAMESPACES, navigationFor } from "../navigation";

interface NavigationLinksProps {
  onNavigate?: () => void;
}

/** The places this person may go, as links; the current page is marked for screen readers too. */
export function NavigationLinks({ onNavigate }: NavigationLinksProps) {
  const { t } = useTranslation(NAVIGATION_NAMESPACES);
  const { pathname } = useLocation();
  const me = useCurrentUser();
  return navigationFor(me.permissions).map((entry) => {
    const active =
      entry.path === "/"
        ? pathname === "/"
        : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    return (
      <NavLink
        key={entry.id}
        component={RouterNavLink}
        to={entry.path}
        end={entry.path === "/"}
        label={t(entry.labelKey)}
        active={active}
        onClick={onNavigate}
      />
    );
  });
}
