import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from "react";
import {
  fetchClinicStatus,
  fetchSites,
  fetchTicket,
  LoadError,
  type PublicClinicStatus,
  type PublicTakenTicket,
  type PublicTicket,
  type Site,
  takeTicket,
  withdrawTicket,
} from "../api";
import { Block } from "../components/Block";
import { Icon } from "../components/Icon";
import { LoadFailed, Loading } from "../components/LoadFailed";
import { SiteChooser } from "../components/SiteChooser";
import { formatDayMonth, formatTime, formatTimeRange, formatWeekday } from "../format";
import { type Language, languageName, type Translate, useI18n } from "../i18n";
import { addDays, localDate } from "../schedule";
import { forgetStored, readStored, writeStored } from "../storage";
import {
  type ClinicKind,
  checkCode,
  codeFromCardLink,
  forgetCodeFromCard,
  forgetStoredTicket,
  interpreterLanguageFor,
  isLive,
  nextPollDelay,
  POLL_MS,
  readStoredTicket,
  type StoredTicket,
  storeTicket,
  type TicketView,
  ticketsFrom,
  ticketView,
} from "../ticket";
import { useLoad } from "../use-load";
import { useNow } from "../use-now";

/**
 * The clinic ticket on her phone: she types the code from her card (or her card's link brings it),
 * takes a number for tonight's clinic and sees it, with how many women are before her, updated on
 * its own while the page is open. One large action per screen; every block can be read aloud.
 */
export function TicketPage() {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [stored, setStored] = useState<StoredTicket | null>(() => readStoredTicket());
  const [fresh, setFresh] = useState<PublicTicket | null>(null);

  const taken = (slug: string, ticket: PublicTakenTicket) => {
    const next: StoredTicket = {
      token: ticket.token,
      slug,
      number: ticket.number,
      clinicKind: ticket.clinicKind,
      date: ticket.date,
    };
    storeTicket(next);
    forgetCodeFromCard();
    setFresh(ticket);
    setStored(next);
    heading.current?.focus();
  };
  const forget = () => {
    forgetStoredTicket();
    setStored(null);
    setFresh(null);
    heading.current?.focus();
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t("ticket.title")}
      </h1>
      {stored ? (
        <TicketStatus key={stored.token} stored={stored} initial={fresh} onForget={forget} />
      ) : (
        <TakeTicketFlow onTaken={taken} />
      )}
    </>
  );
}

/** The site first (as the opening-hours page chooses it), then the clinic's state there. */
function TakeTicketFlow({ onTaken }: { onTaken: (slug: string, ticket: PublicTakenTicket) => void }) {
  const { t } = useI18n();
  const sites = useLoad("sites", fetchSites);
  const [chosen, setChosen] = useState<string | null>(() => readStored("site"));

  if (sites.result.state === "loading") return <Loading />;
  if (sites.result.state === "failed") return <LoadFailed onRetry={sites.retry} />;
  const list = sites.result.data;
  const site = list.find((s) => s.slug === chosen) ?? (list.length === 1 ? list[0] : undefined);
  if (list.length === 0) return <p className="notice">{t("site.none")}</p>;
  if (!site) {
    return (
      <SiteChooser
        sites={list}
        onChoose={(next) => {
          writeStored("site", next.slug);
          setChosen(next.slug);
        }}
      />
    );
  }
  return (
    <>
      <div className="site">
        <Icon name="place" />
        <p>
          <span className="site-name">{site.name}</span>
          {site.address && <span className="site-address">{site.address}</span>}
        </p>
        {list.length > 1 && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              forgetStored("site");
              setChosen(null);
            }}
          >
            {t("site.change")}
          </button>
        )}
      </div>
      <ClinicNow key={site.slug} site={site} onTaken={(ticket) => onTaken(site.slug, ticket)} />
    </>
  );
}

/** How often the page asks whether the clinic takes tickets yet, while she looks at it. */
const STATUS_REFRESH_MS = 60_000;

function ClinicNow({ site, onTaken }: { site: Site; onTaken: (ticket: PublicTakenTicket) => void }) {
  const status = useLoad(`clinic:${site.slug}`, (signal) => fetchClinicStatus(site.slug, signal));
  const now = useNow(STATUS_REFRESH_MS);
  const { refresh } = status;
  const loadedAt = status.result.state === "ready" ? status.result.loadedAt : null;

  useEffect(() => {
    if (
      loadedAt !== null &&
      document.visibilityState === "visible" &&
      now.getTime() - loadedAt >= STATUS_REFRESH_MS - 1_000
    ) {
      refresh();
    }
  }, [loadedAt, now, refresh]);

  if (status.result.state === "loading") return <Loading />;
  if (status.result.state === "failed") return <LoadFailed onRetry={status.retry} />;
  const clinic = status.result.data;
  if (clinic.takingTickets.length === 0) return <ClinicClosed site={site} clinic={clinic} />;
  return <TicketForm site={site} kinds={clinic.takingTickets} onTaken={onTaken} onStale={refresh} />;
}

type ClinicHours = PublicClinicStatus["nextClinic"] & {};

function useDayName(site: Site) {
  const { t, language } = useI18n();
  const today = localDate(site.timeZone, new Date());
  return (date: string) =>
    date === today
      ? t("day.today")
      : date === addDays(today, 1)
        ? t("day.tomorrow")
        : `${formatWeekday(language, date)} ${formatDayMonth(language, date)}`;
}

function ClinicClosed({ site, clinic }: { site: Site; clinic: PublicClinicStatus }) {
  const { t, language } = useI18n();
  const dayName = useDayName(site);
  const next: ClinicHours | null = clinic.nextClinic;
  const lines = next
    ? [
        t("ticket.nextClinic"),
        `${dayName(next.date)}, ${formatTimeRange(language, next.startsAt, next.endsAt)}`,
        t(`activity.${next.clinicKind}`),
        t("ticket.ticketsFrom", { time: formatTime(language, ticketsFrom(next.startsAt)) }),
      ]
    : [t("ticket.noClinicPlanned")];
  return (
    <>
      <Block
        title={t("ticket.closedTitle")}
        icon="closed"
        speech={[t("ticket.closedBody"), ...lines].join(" ")}
        className="status status-closed"
      >
        <p>{t("ticket.closedBody")}</p>
        {next ? (
          <div className="clinic-next">
            <p className="muted">{lines[0]}</p>
            <p className="status-main">{lines[1]}</p>
            <p className="clinic-kind">
              <Icon name={next.clinicKind} size={28} />
              <span>{lines[2]}</span>
            </p>
            <p>{lines[3]}</p>
          </div>
        ) : (
          <p>{lines[0]}</p>
        )}
      </Block>
      <p>
        <a className="link-button" href="/">
          {t("ticket.seeHours")}
        </a>
      </p>
    </>
  );
}

interface FormProblem {
  /** Under the code field, and the field marked invalid. */
  code?: string;
  /** Under the choice of clinic. */
  clinic?: string;
  /** Above the button: nothing she typed is wrong. */
  notice?: string;
}

function problemOf(error: unknown, t: Translate): FormProblem & { closed?: boolean; choose?: boolean } {
  if (!(error instanceof LoadError)) return { notice: t("ticket.failed") };
  if (error.status === null) return { notice: `${t("ticket.noConnection")} ${t("error.body")}` };
  switch (error.code) {
    case "VISITOR_CODE_NOT_ACCEPTED":
    case "VALIDATION_FAILED":
      return { code: t("ticket.codeNotAccepted") };
    case "CLINIC_CLOSED":
      return { closed: true };
    case "DOOR_NOT_OPEN":
      return { notice: t("ticket.doorNotOpen") };
    case "CHOOSE_CLINIC":
      return { clinic: t("ticket.clinicMissing"), choose: true };
    case "RATE_LIMITED":
      return { notice: t("ticket.tooMany", { seconds: error.retryAfter ?? 60 }) };
    default:
      return error.status === 429
        ? { notice: t("ticket.tooMany", { seconds: error.retryAfter ?? 60 }) }
        : { notice: t("ticket.failed") };
  }
}

function TicketForm({
  site,
  kinds,
  onTaken,
  onStale,
}: {
  site: Site;
  kinds: readonly ClinicKind[];
  onTaken: (ticket: PublicTakenTicket) => void;
  /** The clinic's state changed under the form (it closed, or a second clinic opened): ask again. */
  onStale: () => void;
}) {
  const { t, language } = useI18n();
  const [code, setCode] = useState(() => codeFromCardLink() ?? "");
  const [kind, setKind] = useState<ClinicKind | null>(null);
  const [interpreter, setInterpreter] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem>({});
  const codeInput = useRef<HTMLInputElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const ids = useId();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const choosing = kinds.length > 1;
  const helpLanguage = interpreterLanguageFor(language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const check = checkCode(code);
    if (check.kind !== "valid") {
      setProblem({
        code:
          check.kind === "empty"
            ? t("ticket.codeMissing")
            : check.kind === "short"
              ? t("ticket.codeShort")
              : t("ticket.codeInvalid"),
      });
      codeInput.current?.focus();
      return;
    }
    const clinicKind = choosing ? kind : undefined;
    if (choosing && !clinicKind) {
      setProblem({ clinic: t("ticket.clinicMissing") });
      firstChoice.current?.focus();
      return;
    }
    setBusy(true);
    setProblem({});
    try {
      const ticket = await takeTicket(site.slug, {
        code: check.code,
        ...(clinicKind ? { clinicKind } : {}),
        languageNeeded: interpreter && helpLanguage ? helpLanguage : null,
      });
      if (mounted.current) onTaken(ticket);
    } catch (error) {
      if (!mounted.current) return;
      const found = problemOf(error, t);
      setBusy(false);
      if (found.closed || found.choose) onStale();
      if (found.closed) return;
      setProblem(found);
      if (found.code) codeInput.current?.focus();
      else if (found.clinic) firstChoice.current?.focus();
    }
  };

  const describedBy = [`${ids}-hint`, problem.code ? `${ids}-error` : ""].filter(Boolean).join(" ");

  return (
    <Block
      title={t("ticket.takeTitle")}
      icon="ticket"
      speech={[t("ticket.intro"), t("ticket.codeLabel"), t("ticket.codeHint")].join(" ")}
      className="ticket-form"
    >
      <p>{t("ticket.intro")}</p>
      <form onSubmit={submit} noValidate className="form">
        <div className="field">
          <label htmlFor={`${ids}-code`} className="field-label">
            {t("ticket.codeLabel")}
          </label>
          <p id={`${ids}-hint`} className="field-hint">
            {t("ticket.codeHint")}
          </p>
          <input
            ref={codeInput}
            id={`${ids}-code`}
            className="code-input"
            value={code}
            onChange={(event) => {
              setCode(event.currentTarget.value);
              if (problem.code) setProblem({});
            }}
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={20}
            aria-invalid={problem.code ? true : undefined}
            aria-describedby={describedBy}
          />
          {problem.code && (
            <p id={`${ids}-error`} className="field-error">
              <Icon name="warning" />
              <span>{problem.code}</span>
            </p>
          )}
        </div>

        {choosing && (
          <fieldset className="field" aria-describedby={problem.clinic ? `${ids}-clinic-error` : undefined}>
            <legend className="field-label">{t("ticket.chooseClinic")}</legend>
            <div className="choices">
              {kinds.map((option, index) => (
                <label key={option} className="choice">
                  <input
                    ref={index === 0 ? firstChoice : undefined}
                    type="radio"
                    name={`${ids}-clinic`}
                    value={option}
                    checked={kind === option}
                    onChange={() => {
                      setKind(option);
                      if (problem.clinic) setProblem({});
                    }}
                  />
                  <Icon name={option} size={32} />
                  <span>{t(`activity.${option}`)}</span>
                </label>
              ))}
            </div>
            {problem.clinic && (
              <p id={`${ids}-clinic-error`} className="field-error">
                <Icon name="warning" />
                <span>{problem.clinic}</span>
              </p>
            )}
          </fieldset>
        )}

        {helpLanguage && (
          <label className="check">
            <input
              type="checkbox"
              checked={interpreter}
              onChange={(event) => setInterpreter(event.currentTarget.checked)}
            />
            <span>{t("ticket.interpreter", { language: languageName(helpLanguage as Language) })}</span>
          </label>
        )}

        {problem.notice && (
          <p className="notice" role="alert">
            {problem.notice}
          </p>
        )}

        <button type="submit" className="action action-large" aria-disabled={busy || undefined}>
          <Icon name="ticket" size={28} />
          <span>{busy ? t("ticket.taking") : t("ticket.take")}</span>
        </button>
      </form>
      <p className="muted">{t("ticket.noCard")}</p>
    </Block>
  );
}

/** Her ticket: asked for again every few seconds while she waits, until it is her turn or over. */
function TicketStatus({
  stored,
  initial,
  onForget,
}: {
  stored: StoredTicket;
  initial: PublicTicket | null;
  onForget: () => void;
}) {
  const { t, language } = useI18n();
  const [ticket, setTicket] = useState<PublicTicket | null>(initial);
  const [checkedAt, setCheckedAt] = useState<number | null>(initial ? Date.now() : null);
  const [failing, setFailing] = useState(false);
  const [gone, setGone] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawFailed, setWithdrawFailed] = useState(false);
  const haveTicket = useRef(initial !== null);

  const view: TicketView | null = ticket ? ticketView(ticket) : null;
  const live = view === null || isLive(view);

  const answer = useCallback((next: PublicTicket) => {
    haveTicket.current = true;
    setTicket(next);
    setCheckedAt(Date.now());
    setFailing(false);
  }, []);

  useEffect(() => {
    if (!live || gone) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let asking = false;

    const schedule = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(ask, delay);
    };
    async function ask() {
      if (asking) return;
      // A hidden page does not ask (her data, the server's limits); it asks at once when shown again.
      if (document.visibilityState === "hidden") {
        schedule(POLL_MS);
        return;
      }
      asking = true;
      let retryAfter: number | null = null;
      try {
        answer(await fetchTicket(stored.token, controller.signal));
        failures = 0;
      } catch (error) {
        if (controller.signal.aborted) return;
        if (error instanceof LoadError && error.status !== null && isGoneStatus(error.status)) {
          setGone(true);
          return;
        }
        failures += 1;
        retryAfter = error instanceof LoadError ? error.retryAfter : null;
        setFailing(true);
      } finally {
        asking = false;
      }
      if (!controller.signal.aborted) schedule(nextPollDelay(failures, retryAfter));
    }
    const onVisible = () => {
      if (document.visibilityState === "visible") schedule(0);
    };

    schedule(haveTicket.current ? POLL_MS : 0);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [stored.token, live, gone, answer]);

  // Her turn: a short buzz on a phone in a pocket (where the device allows it).
  const called = view?.kind === "called";
  useEffect(() => {
    if (!called) return;
    try {
      navigator.vibrate?.([400, 200, 400]);
    } catch {
      // No vibration here: the page says it in words.
    }
  }, [called]);

  const withdraw = async () => {
    setWithdrawing(true);
    setWithdrawFailed(false);
    try {
      answer(await withdrawTicket(stored.token));
      setConfirming(false);
    } catch (error) {
      if (error instanceof LoadError && error.status === 409) {
        // Called or over meanwhile: show what it is now.
        setConfirming(false);
        await fetchTicket(stored.token).then(answer, () => undefined);
      } else if (error instanceof LoadError && error.status !== null && isGoneStatus(error.status))
        setGone(true);
      else setWithdrawFailed(true);
    } finally {
      setWithdrawing(false);
    }
  };

  if (gone) {
    return (
      <Block
        title={t("ticket.goneTitle")}
        icon="closed"
        speech={t("ticket.goneBody")}
        className="status status-closed"
      >
        <p>{t("ticket.goneBody")}</p>
        <button type="button" className="action action-large" onClick={onForget}>
          <Icon name="ticket" size={28} />
          <span>{t("ticket.again")}</span>
        </button>
      </Block>
    );
  }
  if (!ticket || !view) return <Loading />;

  const clinic = t(`activity.${ticket.clinicKind}`);
  const time = checkedAt ? deviceTime(language, checkedAt) : "";
  const stale = failing ? (
    <p className="notice" role="status">
      {t("ticket.stale", { time })}
    </p>
  ) : null;

  if (view.kind === "waiting" || view.kind === "called") {
    const aheadText =
      view.kind === "called"
        ? ""
        : view.ahead === 0
          ? t("ticket.next")
          : t("ticket.ahead", { count: view.ahead });
    const calling =
      ticket.nowCalling.length > 0
        ? t("ticket.nowCalling", { numbers: ticket.nowCalling.join(", ") })
        : t("ticket.nobodyCalled");
    return (
      <>
        {view.kind === "called" ? (
          <Block
            title={t("ticket.calledTitle")}
            icon="check"
            speech={`${t("ticket.calledBody")} ${t("ticket.yourNumber")}: ${ticket.number}.`}
            className="status status-open ticket-called"
          >
            <div role="alert">
              <p className="status-main">{t("ticket.calledBody")}</p>
            </div>
            <p className="ticket-number-label">{t("ticket.yourNumber")}</p>
            <p className="ticket-number">{ticket.number}</p>
            <p className="clinic-kind">
              <Icon name={ticket.clinicKind} size={28} />
              <span>{clinic}</span>
            </p>
          </Block>
        ) : (
          <Block
            title={t("ticket.yourNumber")}
            icon="ticket"
            speech={`${ticket.number}. ${clinic}. ${aheadText} ${calling} ${t("ticket.keepOpen")}`}
            className="ticket"
          >
            <p className="ticket-number">{ticket.number}</p>
            <p className="clinic-kind">
              <Icon name={ticket.clinicKind} size={28} />
              <span>{clinic}</span>
            </p>
            <p className="ticket-ahead" aria-live="polite" aria-atomic="true">
              {aheadText}
            </p>
            <p className="muted">{calling}</p>
            <p className="muted">{t("ticket.keepOpen")}</p>
          </Block>
        )}
        {stale}
        {view.kind === "waiting" && (
          <div className="withdraw">
            {confirming ? (
              <div className="notice">
                <p className="notice-title">{t("ticket.withdrawConfirm")}</p>
                {withdrawFailed && <p role="alert">{t("ticket.failed")}</p>}
                <div className="buttons">
                  <button type="button" className="action" onClick={() => setConfirming(false)}>
                    {t("ticket.keep")}
                  </button>
                  <button
                    type="button"
                    className="link-button danger"
                    aria-disabled={withdrawing || undefined}
                    onClick={() => {
                      if (!withdrawing) void withdraw();
                    }}
                  >
                    {t("ticket.withdrawYes")}
                  </button>
                </div>
              </div>
            ) : (
              <button type="button" className="link-button" onClick={() => setConfirming(true)}>
                {t("ticket.withdraw")}
              </button>
            )}
          </div>
        )}
      </>
    );
  }

  const ended = ENDED[view.kind];
  return (
    <Block
      title={t(ended.title)}
      icon={ended.icon}
      speech={`${t(ended.body)} ${t("ticket.yourNumber")}: ${ticket.number}.`}
      className={view.kind === "done" ? "status status-open" : "status status-closed"}
    >
      <p className="status-main">{t(ended.body)}</p>
      <p className="muted">
        {t("ticket.yourNumber")}: {ticket.number} · {clinic}
      </p>
      <button type="button" className="action action-large" onClick={onForget}>
        <Icon name="check" size={28} />
        <span>{t("ticket.close")}</span>
      </button>
    </Block>
  );
}

const ENDED = {
  done: { title: "ticket.doneTitle", body: "ticket.doneBody", icon: "check" },
  no_show: { title: "ticket.noShowTitle", body: "ticket.noShowBody", icon: "closed" },
  turned_away: { title: "ticket.turnedAwayTitle", body: "ticket.turnedAwayBody", icon: "closed" },
  withdrawn: { title: "ticket.withdrawnTitle", body: "ticket.withdrawnBody", icon: "closed" },
} as const;

/** The token is unknown or expired (the evening is over): the ticket is gone for good. */
const isGoneStatus = (status: number) =>
  status === 400 || status === 401 || status === 403 || status === 404 || status === 410;

function deviceTime(language: string, at: number): string {
  return new Intl.DateTimeFormat(language, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    at,
  );
}
