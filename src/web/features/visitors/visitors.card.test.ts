import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { CARD_QR_CORRECTION, cardQrDataUrl, toBase64 } from "./visitors.card";

const decode = (dataUrl: string) => {
  const [head, body = ""] = dataUrl.split(",");
  expect(head).toBe("data:image/svg+xml;base64");
  return new TextDecoder().decode(Uint8Array.from(atob(body), (ch) => ch.charCodeAt(0)));
};

describe("the card's QR code", () => {
  const url = "https://pusterum.example/#code=K7MQ4XPR";

  it("is an SVG image of exactly the card's link, black on white", async () => {
    const svg = decode(await cardQrDataUrl(url));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('stroke="#000000"');
    expect(svg).toContain('fill="#ffffff"');
    // The same symbol the library draws for the link alone: nothing else is encoded.
    const symbol = QRCode.create(url, { errorCorrectionLevel: CARD_QR_CORRECTION });
    const size = symbol.modules.size + 8;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toBe(
      await QRCode.toString(url, {
        type: "svg",
        errorCorrectionLevel: CARD_QR_CORRECTION,
        margin: 4,
        color: { dark: "#000000", light: "#ffffff" },
      }),
    );
  });

  it("stays small enough to print on a card", () => {
    const symbol = QRCode.create(url, { errorCorrectionLevel: CARD_QR_CORRECTION });
    // 30 mm for the symbol and its quiet zone: at most about 0.8 mm a module.
    expect(symbol.modules.size + 8).toBeLessThanOrEqual(41);
  });

  it("encodes text outside Latin-1 for a data URL", () => {
    const text = "<svg>ø–✓</svg>";
    const bytes = Uint8Array.from(atob(toBase64(text)), (ch) => ch.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe(text);
  });
});
