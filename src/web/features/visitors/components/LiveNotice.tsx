import { Paper, Text } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";

/** A notice to show: `id` changes with each action, so saying the same thing twice is announced twice. */
export interface Notice {
  id: number;
  text: string;
}

/** The page's notice and a function to give a new one. */
export function useNotice(initial: string | null = null) {
  const [notice, setNotice] = useState<Notice | null>(initial ? { id: 0, text: initial } : null);
  const notify = useCallback((text: string) => setNotice((old) => ({ id: (old?.id ?? 0) + 1, text })), []);
  return { notice, notify };
}

/**
 * A calm notice after an action ("Details saved"), announced by screen readers. The region is on
 * the page before its text arrives: text that is there from the start would not be announced.
 */
export function LiveNotice({ notice }: { notice: Notice | null }) {
  const [shown, setShown] = useState<string | null>(null);
  const id = notice?.id;
  const text = notice?.text ?? null;
  useEffect(() => {
    setShown(null);
    if (id === undefined) return;
    const timer = window.setTimeout(() => setShown(text), 60);
    return () => window.clearTimeout(timer);
  }, [id, text]);
  return (
    <div role="status">
      {shown && (
        <Paper withBorder p="md" bg="calm.0" bd="1px solid calm.4">
          <Text fw={600} c="calm.9">
            {shown}
          </Text>
        </Paper>
      )}
    </div>
  );
}
