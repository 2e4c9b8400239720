import { type ComponentType, lazy, Suspense } from "react";
import { LanguageMenu } from "./components/LanguageMenu";
import { Loading } from "./components/LoadFailed";
import { QuickExit } from "./components/QuickExit";
import { useI18n } from "./i18n";
import { OpeningHoursPage } from "./pages/OpeningHoursPage";
import { TICKET_PATH } from "./ticket";

const TicketPage = lazy(async () => ({ default: (await import("./pages/TicketPage")).TicketPage }));

/**
 * The visitor app's shell: quick exit and language on top of every page, then the page, then the
 * safety note. Pages are found by path here; the later visitor pages (services, "you said, we
 * did", directory, ticket, survey) join this table, loaded lazily so the start page stays small.
 */
const PAGES: Record<string, ComponentType> = {
  "/": OpeningHoursPage,
  // Her clinic ticket; her card's link ("/#c=…") opens it too (see takeCodeFromAddress).
  [TICKET_PATH]: TicketPage,
};

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>
        <a className="action" href="/">
          {t("notFound.home")}
        </a>
      </p>
    </>
  );
}

const pathOf = (pathname: string) => pathname.replace(/\/index\.html$/, "/").replace(/(.)\/+$/, "$1");

export function App() {
  const { t } = useI18n();
  const Page = PAGES[pathOf(window.location.pathname)] ?? NotFoundPage;
  return (
    <>
      <header className="top">
        <div className="bar">
          <QuickExit />
          <LanguageMenu />
        </div>
      </header>
      <main id="main" className="main">
        <Suspense fallback={<Loading />}>
          <Page />
        </Suspense>
      </main>
      <footer className="foot">
        <p>{t("exit.note")}</p>
        <p>{t("exit.shiftHint")}</p>
      </footer>
    </>
  );
}
