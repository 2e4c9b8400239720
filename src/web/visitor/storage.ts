/**
 * The only things the visitor app keeps on her device: the language she picked and the site she
 * chose. Nothing else, no cookies. Every access is guarded: private browsing and full or disabled
 * storage must never break the page.
 */
const KEYS = {
  language: "pusterum.visitor.language",
  site: "pusterum.visitor.site",
} as const;

type StoredKey = keyof typeof KEYS;

export function readStored(key: StoredKey): string | null {
  try {
    return window.localStorage.getItem(KEYS[key]);
  } catch {
    return null;
  }
}

export function writeStored(key: StoredKey, value: string): void {
  try {
    window.localStorage.setItem(KEYS[key], value);
  } catch {
    // Storage refused (private mode, quota): the choice lasts until the page closes.
  }
}

export function forgetStored(key: StoredKey): void {
  try {
    window.localStorage.removeItem(KEYS[key]);
  } catch {
    // Nothing to forget.
  }
}

/** Everything the visitor app stored on this device, gone (quick exit, "forget this phone"). */
export function forgetEverything(): void {
  for (const key of Object.keys(KEYS) as StoredKey[]) forgetStored(key);
  try {
    window.sessionStorage.clear();
  } catch {
    // Nothing to forget.
  }
}
