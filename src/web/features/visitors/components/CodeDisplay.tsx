import { Text, VisuallyHidden } from "@mantine/core";
import { formatVisitorCode } from "../../../../common/visitor-code";
import { spelledCode } from "../visitors.code-input";

interface CodeDisplayProps {
  /** As stored ("K7MQ4XPR") or printed ("K7MQ-4XPR"). */
  code: string;
  size?: string;
}

/** A code in large, plain characters, grouped as on her card; screen readers spell it out. */
export function CodeDisplay({ code, size = "2.5rem" }: CodeDisplayProps) {
  const printed = formatVisitorCode(code.replace(/-/g, ""));
  return (
    <Text component="span" ff="monospace" fz={size} fw={700} lh={1.1} style={{ letterSpacing: "0.08em" }}>
      <span aria-hidden="true">{printed}</span>
      <VisuallyHidden>{spelledCode(printed)}</VisuallyHidden>
    </Text>
  );
}
