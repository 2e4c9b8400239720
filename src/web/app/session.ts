import type { QueryClient } from "@tanstack/react-query";
import { accountRoutes } from "../../common/contracts/accounts";
import { SESSION_IDLE_MINUTES } from "../../common/limits";
import { callApi, forgetSession, hasCsrfToken, onServerActivity, onUnauthenticated } from "../api/client";
import { clearDiaryDrafts } from "../features/diary/diary.drafts";
import { paths } from "./paths";

// "This tab had an account session", so a later 401 means it ended (idle) rather than that nobody
// signed in yet. Per tab, cleared on sign-out; holds no secret.
const SESSION_FLAG = "pusterum.staff.session";
const IDLE_MS = SESSION_IDLE_MINUTES * 60_000 + 10_000;
// Someone typing a long note is not idle: while they use the page, touch the session now and then.
const KEEP_ALIVE_AFTER_MS = 5 * 60_000;

function readFlag(): boolean {
  try {
    return window.sessionStorage.getItem(SESSION_FLAG) === "1";
  } catch {
    return false;
  }
}

function writeFlag(on: boolean) {
  try {
    if (on) window.sessionStorage.setItem(SESSION_FLAG, "1");
    else window.sessionStorage.removeItem(SESSION_FLAG);
  } catch {
    // Without storage the idle message is simply not shown.
  }
}

/** Forgets everything about the session in this tab: token, cached answers, the flag. */
export function clearSession(queryClient: QueryClient) {
  forgetSession();
  writeFlag(false);
  queryClient.clear();
  // Diary drafts are kept through a timeout (and sent after signing in again), never past a sign-out.
  clearDiaryDrafts();
}

const SIGNED_OUT_PAGES = ["/sign-in", "/setup"];

interface SessionWatchOptions {
  queryClient: QueryClient;
  /** The router's current path (without the /staff basename) and a way to go elsewhere. */
  currentPath: () => string;
  navigate: (to: string) => Promise<void> | void;
}

/**
 * Sends people to the sign-in page when the server says the session is gone (401 UNAUTHENTICATED),
 * with a calm note when it ended for idleness, and the page to return to afterwards. Also checks
 * on its own once the server's idle time has passed, so an unattended screen does not keep
 * showing what it showed.
 */
export function installSessionWatch(options: SessionWatchOptions): () => void {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let lastServerActivity = Date.now();
  let checking = false;

  const check = async () => {
    if (checking || !readFlag()) return;
    checking = true;
    try {
      await callApi(accountRoutes.me);
    } catch {
      // A 401 is handled by the listener below; anything else waits for the next try.
    } finally {
      checking = false;
    }
  };

  const stopActivity = onServerActivity(() => {
    lastServerActivity = Date.now();
    if (hasCsrfToken()) writeFlag(true);
    clearTimeout(idleTimer);
    if (readFlag()) idleTimer = setTimeout(check, IDLE_MS);
  });

  const stopUnauthenticated = onUnauthenticated((route) => {
    if (route.access === "public") return;
    const path = options.currentPath();
    const onSignedOutPage = SIGNED_OUT_PAGES.some((page) => path === page || path.startsWith(`${page}?`));
    const reason = readFlag() ? "idle" : undefined;
    clearTimeout(idleTimer);
    forgetSession();
    writeFlag(false);
    if (onSignedOutPage) {
      options.queryClient.clear();
      return;
    }
    const returnTo = path === paths.home() ? undefined : path;
    void Promise.resolve(options.navigate(paths.signIn({ reason, returnTo }))).then(() =>
      options.queryClient.clear(),
    );
  });

  const onUserActivity = () => {
    if (!readFlag()) return;
    const quietFor = Date.now() - lastServerActivity;
    if (quietFor > IDLE_MS) void check();
    else if (quietFor > KEEP_ALIVE_AFTER_MS) {
      lastServerActivity = Date.now();
      void check();
    }
  };
  const onVisible = () => {
    if (document.visibilityState === "visible" && Date.now() - lastServerActivity > IDLE_MS) void check();
  };
  window.addEventListener("keydown", onUserActivity, { passive: true });
  window.addEventListener("pointerdown", onUserActivity, { passive: true });
  document.addEventListener("visibilitychange", onVisible);

  return () => {
    clearTimeout(idleTimer);
    stopActivity();
    stopUnauthenticated();
    window.removeEventListener("keydown", onUserActivity);
    window.removeEventListener("pointerdown", onUserActivity);
    document.removeEventListener("visibilitychange", onVisible);
  };
}
