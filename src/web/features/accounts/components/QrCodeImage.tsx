import { Image } from "@mantine/core";
import { useMemo } from "react";

/** Base64 of a UTF-8 string, without the deprecated unescape trick. */
function toBase64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

interface QrCodeImageProps {
  svg: string;
  alt: string;
}

/**
 * The server's QR code, shown as an image: an SVG inside <img> runs no script and cannot touch the
 * page, so the markup is never put into the DOM itself.
 */
export function QrCodeImage({ svg, alt }: QrCodeImageProps) {
  const src = useMemo(() => `data:image/svg+xml;base64,${toBase64(svg)}`, [svg]);
  return <Image src={src} alt={alt} w={208} h={208} bg="white" p={4} radius="sm" bd="1px solid gray.3" />;
}
