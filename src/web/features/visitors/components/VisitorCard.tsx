import { Loader, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatVisitorCode } from "../../../../common/visitor-code";
import { spelledCode } from "../visitors.code-input";
import "./visitor-card.css";

interface VisitorCardProps {
  code: string;
  /** The QR code of her card's link, as an image address; null while it is being drawn. */
  qrSrc: string | null;
}

/**
 * The card itself, and nothing else: her code and the QR code of her link.
 *
 * Deliberately without the centre's name or any other word. The card is carried in a purse or a
 * pocket, and may be found by a boyfriend, a pimp, a trafficker or the police; a name or even a
 * neutral word in Danish tells the finder where she goes, and a word she cannot read tells her
 * nothing. Staff hand the card over in person and say what it is for, in her language. Codes are
 * centre-wide, so a site's name would be wrong on it anyway. The QR code opens her own pages, which
 * say who we are once she chooses to look.
 */
export function VisitorCard({ code, qrSrc }: VisitorCardProps) {
  const { t } = useTranslation("visitors");
  const printed = formatVisitorCode(code.replace(/-/g, ""));
  const [first, second] = printed.split("-");
  return (
    <div className="visitor-card">
      <div className="visitor-card__code">
        <span aria-hidden="true">{first}</span>
        <span aria-hidden="true">{second}</span>
        <VisuallyHidden>{spelledCode(printed)}</VisuallyHidden>
      </div>
      {qrSrc ? (
        <img className="visitor-card__qr" src={qrSrc} alt={t("card.qrAlt")} />
      ) : (
        <div className="visitor-card__qr" style={{ display: "grid", placeItems: "center" }}>
          <Loader size="sm" aria-label={t("card.qrDrawing")} />
        </div>
      )}
    </div>
  );
}
