const formatters = new Map<string, Intl.DateTimeFormat>();

/** "20:14": an instant as the wall-clock time at the site. */
export function formatTimeAt(instant: string, timeZone: string, language: string): string {
  const key = `${language}|${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZone,
    });
    formatters.set(key, format);
  }
  return format.format(new Date(instant));
}

/** A catalogue name in the interface language, else English, else Danish, else any. */
export function catalogueName(names: Record<string, string>, language: string): string {
  return names[language] ?? names.en ?? names.da ?? Object.values(names)[0] ?? "";
}

/** Which site the door showed last on this computer (an id only), so "Tonight" opens it again. */
const LAST_SITE_KEY = "pusterum.staff.doorSite";

export function rememberDoorSite(siteId: string) {
  try {
    window.localStorage.setItem(LAST_SITE_KEY, siteId);
  } catch {
    // Storage can be switched off: the picker then asks each time.
  }
}

export function lastDoorSite(): string | null {
  try {
    return window.localStorage.getItem(LAST_SITE_KEY);
  } catch {
    return null;
  }
}
