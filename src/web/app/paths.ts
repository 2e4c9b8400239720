/**
 * Path builders for the staff app, relative to its basename `/staff`. Pages link with these, never
 * with hand-written strings. Nothing sensitive goes into a path or a query string.
 */
export const STAFF_BASENAME = "/staff";

/** "/staff/accounts" → "/accounts": the router's own state carries the basename, links do not. */
export function withoutBasename(pathname: string): string {
  if (pathname === STAFF_BASENAME) return "/";
  return pathname.startsWith(`${STAFF_BASENAME}/`) ? pathname.slice(STAFF_BASENAME.length) : pathname;
}

/** Why someone lands on the sign-in page; each has a calm message. */
export type SignInReason = "idle" | "signed-out" | "signed-out-everywhere" | "password-changed";
export const SIGN_IN_REASONS: readonly SignInReason[] = [
  "idle",
  "signed-out",
  "signed-out-everywhere",
  "password-changed",
];

/** Keeps `returnTo` to a path inside the staff app, so a link can never send people elsewhere. */
export function safeReturnTo(value: string | null | undefined): string | undefined {
  if (!value?.startsWith("/") || value.startsWith("//") || value.includes("\\")) return undefined;
  if (value.startsWith("/sign-in") || value.startsWith("/setup")) return undefined;
  return value;
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

interface SignInOptions {
  returnTo?: string;
  reason?: SignInReason;
}

export const paths = {
  home: () => "/",
  setup: () => "/setup",
  signIn: (options: SignInOptions = {}) =>
    withQuery("/sign-in", { reason: options.reason, returnTo: safeReturnTo(options.returnTo) }),
  secondFactor: (returnTo?: string) =>
    withQuery("/sign-in/second-factor", { returnTo: safeReturnTo(returnTo) }),
  enrolSecondFactor: (returnTo?: string) => withQuery("/sign-in/enrol", { returnTo: safeReturnTo(returnTo) }),
  changePasswordRequired: (returnTo?: string) =>
    withQuery("/sign-in/change-password", { returnTo: safeReturnTo(returnTo) }),
  profile: () => "/profile",
  changePassword: () => "/profile/password",
  accounts: () => "/accounts",
} as const;

/** Route patterns for the router, matching the builders above. */
export const routePatterns = {
  home: "/",
  setup: "setup",
  signIn: "sign-in",
  secondFactor: "sign-in/second-factor",
  enrolSecondFactor: "sign-in/enrol",
  changePasswordRequired: "sign-in/change-password",
  profile: "profile",
  changePassword: "profile/password",
  accounts: "accounts",
} as const;
