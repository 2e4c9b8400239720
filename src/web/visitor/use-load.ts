import { useCallback, useEffect, useRef, useState } from "react";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "failed"; error: unknown }
  | { state: "ready"; data: T; loadedAt: number };

/**
 * Loads once per key; `retry` shows the loading state again, `refresh` keeps what is shown until
 * the new answer arrives (and keeps it if that fails). Answers that come too late are dropped.
 */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>) {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const quiet = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the trigger to load again.
  useEffect(() => {
    const controller = new AbortController();
    if (!quiet.current) setResult({ state: "loading" });
    const keepOnFailure = quiet.current;
    quiet.current = false;
    loadRef
      .current(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setResult({ state: "ready", data, loadedAt: Date.now() });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setResult((shown) => (keepOnFailure && shown.state === "ready" ? shown : { state: "failed", error }));
      });
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(() => {
    quiet.current = true;
    setAttempt((n) => n + 1);
  }, []);
  return { result, retry, refresh };
}
