import { useEffect } from "react";
import type { ActivityKind } from "../../../common/contracts/public";
import { fetchOpeningHours, LoadError, type Site } from "../api";
import { formatDayMonth, formatTime, formatTimeRange, formatWeekday } from "../format";
import { type Translate, useI18n } from "../i18n";
import { addDays, type Closure, localDate, type Session, statusAt, weekAt } from "../schedule";
import { TICKET_PATH } from "../ticket";
import { useLoad } from "../use-load";
import { useNow } from "../use-now";
import { Block } from "./Block";
import { Icon, type IconName } from "./Icon";
import { LoadFailed, Loading } from "./LoadFailed";

type Activity = Session["activities"][number];

/** Every kind the contract knows has its picture (the compiler checks); a new kind shows as "other". */
const ACTIVITY_ICONS: Record<ActivityKind, IconName> = {
  clinic_gynaecology: "clinic_gynaecology",
  clinic_general_practice: "clinic_general_practice",
  class: "class",
  legal_counselling: "legal_counselling",
  theme_day: "theme_day",
  other: "other",
};
const kindOf = (activity: Activity): ActivityKind =>
  Object.hasOwn(ACTIVITY_ICONS, activity.kind) ? activity.kind : "other";

const STALE_AFTER_MS = 10 * 60_000;
const REFRESH_EVERY_MS = 60 * 60_000;

export function SiteHours({ site, onGone }: { site: Site; onGone: () => void }) {
  const { t, language } = useI18n();
  const { result, retry, refresh } = useLoad(`hours:${site.slug}`, (signal) =>
    fetchOpeningHours(site.slug, signal),
  );
  const now = useNow();

  const gone = result.state === "failed" && result.error instanceof LoadError && result.error.status === 404;
  useEffect(() => {
    if (gone) onGone();
  }, [gone, onGone]);

  // Fresh hours without wasting her data: again when she comes back to the page after a while,
  // and each hour while it stays open in front of her.
  const loadedAt = result.state === "ready" ? result.loadedAt : null;
  useEffect(() => {
    if (loadedAt === null) return;
    const onVisible = () => {
      if (document.visibilityState === "visible" && Date.now() - loadedAt > STALE_AFTER_MS) refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [loadedAt, refresh]);
  useEffect(() => {
    if (
      loadedAt !== null &&
      document.visibilityState === "visible" &&
      now.getTime() - loadedAt > REFRESH_EVERY_MS
    ) {
      refresh();
    }
  }, [loadedAt, now, refresh]);

  if (result.state === "loading") return <Loading />;
  if (result.state === "failed") return <LoadFailed onRetry={retry} />;

  const hours = result.data;
  const today = localDate(hours.site.timeZone, now);
  const status = statusAt(hours, now);
  const days = weekAt(hours, now);
  const session = status.session;

  const time = (localTime: string) => formatTime(language, localTime);
  const range = (from: { startsAt: string; endsAt: string }) =>
    formatTimeRange(language, from.startsAt, from.endsAt);
  const spokenRange = (from: { startsAt: string; endsAt: string }) =>
    t("speech.range", { start: time(from.startsAt), end: time(from.endsAt) });
  const dayName = (date: string) =>
    date === today
      ? t("day.today")
      : date === addDays(today, 1)
        ? t("day.tomorrow")
        : formatWeekday(language, date);

  const statusLines = !session
    ? [t("status.noneThisWeek")]
    : status.openNow
      ? [t("status.openUntil", { time: time(session.endsAt) })]
      : [t("status.nextOpen"), `${dayName(session.date)} ${time(session.startsAt)}`];

  return (
    <>
      <Block
        title={status.openNow ? t("status.openNow") : t("status.closedNow")}
        icon={status.openNow ? "open" : "closed"}
        speech={statusLines.join(" ")}
        className={status.openNow ? "status status-open" : "status status-closed"}
      >
        {statusLines.map((line, index) => (
          <p key={line} className={index === statusLines.length - 1 ? "status-main" : undefined}>
            {line}
          </p>
        ))}
      </Block>

      {session && (
        <SessionBlock
          title={sessionTitle(t, session, status.openNow || session.date <= today, dayName(session.date))}
          session={session}
          range={range}
          spokenRange={spokenRange}
          ticketLink={(status.openNow || session.date === today) && session.activities.some(isClinic)}
        />
      )}

      {hours.closures.length > 0 && <ClosuresBlock closures={hours.closures} />}

      <Block
        title={t("week.title")}
        speech={days
          .map((day) =>
            [
              `${dayName(day.date)}, ${formatDayMonth(language, day.date)}:`,
              day.closed || day.sessions.length === 0
                ? t("week.closed")
                : day.sessions
                    .map((s) => (s.pilot ? `${spokenRange(s)} (${t("week.pilot")})` : spokenRange(s)))
                    .join(", "),
            ].join(" "),
          )
          .join(". ")}
      >
        <ul className="days">
          {days.map((day) => (
            <li key={day.date} className={day.date === today ? "day day-today" : "day"}>
              <p className="day-name">
                <span className="weekday">{formatWeekday(language, day.date)}</span>
                <span className="date">{formatDayMonth(language, day.date, "short")}</span>
                {day.date === today && <span className="tag tag-today">{t("day.today")}</span>}
              </p>
              <div className="day-times">
                {day.closed ? (
                  <p className="day-closed">
                    <Icon name="closure" />
                    <span>{t("week.closedSpecial")}</span>
                  </p>
                ) : day.sessions.length === 0 ? (
                  <p className="muted">{t("week.closed")}</p>
                ) : (
                  day.sessions.map((s) => (
                    <p key={s.startsAtInstant} className="day-session">
                      <span className="time">{range(s)}</span>
                      {s.pilot && <span className="tag tag-pilot">{t("week.pilot")}</span>}
                      {status.openNow && s.startsAtInstant === session?.startsAtInstant && (
                        <span className="tag tag-now">{t("status.openNow")}</span>
                      )}
                      {s.activities.length > 0 && (
                        <span className="day-icons">
                          {s.activities.map((activity) => (
                            <Icon
                              key={`${activity.kind}-${activity.startsAt}-${activity.title}`}
                              name={ACTIVITY_ICONS[kindOf(activity)]}
                              size={22}
                            />
                          ))}
                          <span className="sr-only">
                            {s.activities.map((activity) => t(`activity.${kindOf(activity)}`)).join(", ")}
                          </span>
                        </span>
                      )}
                    </p>
                  ))
                )}
              </div>
            </li>
          ))}
        </ul>
      </Block>
    </>
  );
}

function sessionTitle(t: Translate, session: Session, soon: boolean, day: string): string {
  if (!soon) return t("activities.next", { day });
  return Number(session.startsAt.slice(0, 2)) >= 15 ? t("activities.tonight") : t("activities.today");
}

const isClinic = (activity: Activity) =>
  activity.kind === "clinic_gynaecology" || activity.kind === "clinic_general_practice";

function SessionBlock({
  title,
  session,
  range,
  spokenRange,
  ticketLink,
}: {
  title: string;
  session: Session;
  range: (from: { startsAt: string; endsAt: string }) => string;
  spokenRange: (from: { startsAt: string; endsAt: string }) => string;
  /** A doctor tonight: the way to her clinic ticket. */
  ticketLink: boolean;
}) {
  const { t } = useI18n();
  const label = (activity: Activity) => t(`activity.${kindOf(activity)}`);
  const speech = [
    session.pilot ? `${spokenRange(session)} (${t("week.pilot")})` : spokenRange(session),
    ...(session.activities.length === 0
      ? [t("activities.none")]
      : session.activities.map((activity) => `${label(activity)}: ${spokenRange(activity)}`)),
  ].join(". ");

  return (
    <Block title={title} speech={speech}>
      <p className="session-time">
        <Icon name="clock" />
        <span>{range(session)}</span>
        {session.pilot && <span className="tag tag-pilot">{t("week.pilot")}</span>}
      </p>
      {session.activities.length === 0 ? (
        <p>{t("activities.none")}</p>
      ) : (
        <ul className="activities">
          {session.activities.map((activity) => (
            <li
              key={`${activity.kind}-${activity.startsAt}-${activity.title}`}
              className={`activity activity-${kindOf(activity)}`}
            >
              <span className="activity-icon">
                <Icon name={ACTIVITY_ICONS[kindOf(activity)]} size={32} />
              </span>
              <span className="activity-text">
                <span className="activity-label">{label(activity)}</span>
                <span className="activity-time">{range(activity)}</span>
                {activity.title && activity.title !== label(activity) && (
                  <span className="activity-title">{activity.title}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ticketLink && (
        <p>
          <a className="action" href={TICKET_PATH}>
            <Icon name="ticket" size={28} />
            <span>{t("ticket.link")}</span>
          </a>
        </p>
      )}
    </Block>
  );
}

function ClosuresBlock({ closures }: { closures: readonly Closure[] }) {
  const { t, language } = useI18n();
  const date = (day: string) => `${formatWeekday(language, day)} ${formatDayMonth(language, day)}`;
  const text = (closure: Closure) =>
    closure.startsOn === closure.endsOn
      ? date(closure.startsOn)
      : `${date(closure.startsOn)} – ${date(closure.endsOn)}`;
  return (
    <Block
      title={t("closures.title")}
      icon="closure"
      speech={closures.map(text).join(". ")}
      className="closures"
    >
      <ul className="closure-list">
        {closures.map((closure) => (
          <li key={`${closure.startsOn}-${closure.endsOn}`}>{text(closure)}</li>
        ))}
      </ul>
    </Block>
  );
}
