import { Text } from "@mantine/core";

/** "JBSWY3DPEHPK3PXP" as "JBSW Y3DP EHPK 3PXP": easier to read and type into a phone. */
export const groupsOfFour = (secret: string) =>
  secret
    .replace(/\s/g, "")
    .match(/.{1,4}/g)
    ?.join(" ") ?? "";

interface SecretKeyProps {
  secret: string;
  /** Group in fours for reading; off for values that carry their own dashes. */
  grouped?: boolean;
}

/** A key or one-time password to copy by hand, in a large monospace font. */
export function SecretKey({ secret, grouped = true }: SecretKeyProps) {
  return (
    <Text component="p" className="secret-text">
      {grouped ? groupsOfFour(secret) : secret}
    </Text>
  );
}
