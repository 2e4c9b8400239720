import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After a move to another page, puts keyboard and screen-reader focus on its h1, as a full page
 * load would start at the top. The first page keeps the browser's own start.
 */
export function useFocusHeadingOnNavigate(containerId: string) {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    // Wait a frame: a lazily loaded page renders its heading just after the route changes.
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>(`#${containerId} h1`);
      if (!heading) return;
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname, containerId]);
}
