import QRCode, { type QRCodeErrorCorrectionLevel } from "qrcode";

/**
 * Error correction "Q" (a quarter of the code may be lost): a card lives in a pocket or a purse for
 * months, and a bent or scratched code must still open her pages. The link is short, so the code
 * stays small enough (about 33 modules) to print at under 1 mm a module on a 30 mm square.
 */
export const CARD_QR_CORRECTION: QRCodeErrorCorrectionLevel = "Q";

/** Base64 of a UTF-8 string, without the deprecated unescape trick. */
export function toBase64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The QR code of her card's link as an SVG data URL, black on white with the standard quiet zone of
 * four modules. Shown in an <img>: an image runs no script and cannot touch the page, and the strict
 * content security policy allows data: images.
 */
export async function cardQrDataUrl(cardUrl: string): Promise<string> {
  const svg = await QRCode.toString(cardUrl, {
    type: "svg",
    errorCorrectionLevel: CARD_QR_CORRECTION,
    margin: 4,
    color: { dark: "#000000", light: "#ffffff" },
  });
  return `data:image/svg+xml;base64,${toBase64(svg)}`;
}
