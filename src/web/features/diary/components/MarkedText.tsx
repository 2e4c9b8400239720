import { Text } from "@mantine/core";

export interface MarkedPart {
  text: string;
  /** Shown highlighted: a word that differs, or a search match. */
  marked: boolean;
}

/** A text with some parts highlighted (<mark>, which screen readers can announce). */
export function MarkedText({ parts, color = "yellow-2" }: { parts: MarkedPart[]; color?: string }) {
  let offset = 0;
  const keyed = parts.map((part) => {
    const key = `${offset}`;
    offset += part.text.length;
    return { ...part, key };
  });
  return (
    <Text style={{ whiteSpace: "pre-wrap" }}>
      {keyed.map((part) =>
        part.marked ? (
          <mark
            key={part.key}
            style={{ background: `var(--mantine-color-${color})`, color: "inherit", padding: 0 }}
          >
            {part.text}
          </mark>
        ) : (
          <span key={part.key}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
