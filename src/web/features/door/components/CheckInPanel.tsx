import {
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type DoorSession,
  HEARD_FROM,
  type HeardFrom,
  type Visit,
  type VisitorProfile,
} from "../../../../common/contracts/visits";
import { isApiError } from "../../../api/client";
import { fieldErrorMessage } from "../../../api/form-errors";
import { CountrySelect } from "../../../components/CountrySelect";
import { countryName } from "../../../components/country-names";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { LanguagesMultiSelect } from "../../../components/LanguagesMultiSelect";
import { languageName } from "../../../i18n/languages";
import {
  type CheckInFormState,
  type CheckInProblem,
  checkInBody,
  checkInFieldOf,
  checkInSections,
  EMPTY_CHECK_IN,
  type FirstVisitChoice,
  type KnownCode,
  readCode,
} from "../check-in-form";
import { formatTimeAt } from "../door.format";
import { useCheckIn } from "../door.mutations";
import { codeLookupOptions, useCodeLookup } from "../door.queries";
import { FlagBadges } from "./FlagBadges";

type ErrorField = "code" | "nationality" | "firstVisit" | "heardFrom" | "languages" | "adultConfirmed";

interface CheckInPanelProps {
  siteId: string;
  timeZone: string;
  session: DoorSession | null;
  /** The site's most frequent nationalities, most frequent first. */
  frequent: readonly string[];
  onCheckedIn: (visit: Visit, outcome: { issued: boolean; alreadyCheckedIn: boolean }) => void;
}

const FIRST_VISIT_CHOICES: FirstVisitChoice[] = ["yes", "no", "unknown"];

/** The code field's id: where focus goes back to when a visit is closed, ready for the next woman. */
export const CHECK_IN_CODE_ID = "door-check-in-code";

/** A key for one check-in, kept for its retries; random, so it says nothing about her. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

const knownFrom = (profile: VisitorProfile | undefined): KnownCode | null =>
  profile
    ? { nationality: profile.nationality, languages: profile.languages, visitCount: profile.visitCount }
    : null;

/** A refusal of the lookup that means "no such code", rather than trouble reaching the server. */
function isUnknownCode(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return (
    error.code === "UNKNOWN_VISITOR_CODE" ||
    error.code === "MALFORMED_VISITOR_CODE" ||
    error.code === "NOT_FOUND" ||
    error.fieldErrors.some((e) => e.code === "UNKNOWN_VISITOR_CODE" || e.code === "MALFORMED_VISITOR_CODE")
  );
}

/**
 * Checks women in, keyboard first: focus starts in the code field and Enter sends. A returning woman:
 * her code and Enter, or her nationality, "No" and "Check in". A new woman: nationality, "Yes", how
 * she heard, "over 18" and "Check in".
 */
export function CheckInPanel({ siteId, timeZone, session, frequent, onCheckedIn }: CheckInPanelProps) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  const queryClient = useQueryClient();
  const checkIn = useCheckIn(siteId);
  const [state, setState] = useState<CheckInFormState>(EMPTY_CHECK_IN);
  const [errors, setErrors] = useState<Partial<Record<ErrorField, string>>>({});
  const [pageError, setPageError] = useState<unknown>(null);
  const [confirmation, setConfirmation] = useState<{ text: string; already: boolean } | null>(null);
  const [lookingUp, setLookingUp] = useState(false);
  // One key per check-in, reused while staff retry the same answers after a failure.
  const attempt = useRef<{ json: string; key: string; sent: boolean } | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const ids = {
    code: CHECK_IN_CODE_ID,
    nationality: useId(),
    firstVisit: useId(),
    heardFrom: useId(),
    status: useId(),
  };

  const reading = readCode(state.code);
  const lookup = useCodeLookup(reading.kind === "valid" ? reading.code : null);
  const known = knownFrom(lookup.data);
  const lookupRefused = reading.kind === "valid" && lookup.isError && isUnknownCode(lookup.error);
  const lookupFailed = reading.kind === "valid" && lookup.isError && !lookupRefused;
  const sections = checkInSections(state, known);
  const showBasics = reading.kind === "empty" || lookupFailed;

  // Focus lands in the panel: the door's work starts here.
  useEffect(() => {
    const timer = window.setTimeout(() => codeRef.current?.focus(), 150);
    return () => window.clearTimeout(timer);
  }, []);

  const change = (changes: Partial<CheckInFormState>) => {
    setState((current) => ({ ...current, ...changes }));
    setErrors((current) => {
      const next = { ...current };
      for (const key of Object.keys(changes)) delete next[key as ErrorField];
      return next;
    });
  };

  const problemMessage = (problem: CheckInProblem) => t(`checkIn.problems.${problem}`);

  const focusField = (field: ErrorField) => {
    const id = field === "code" ? ids.code : field === "nationality" ? ids.nationality : null;
    if (id) document.getElementById(id)?.focus();
    else if (field === "firstVisit")
      document.querySelector<HTMLElement>(`#${CSS.escape(ids.firstVisit)} button`)?.focus();
  };

  const visibleFields = (): Set<ErrorField> => {
    const fields = new Set<ErrorField>(["code"]);
    if (showBasics) {
      fields.add("nationality");
      if (reading.kind === "empty") fields.add("firstVisit");
    }
    if (sections.heardFrom) fields.add("heardFrom");
    if (sections.details) fields.add("languages");
    if (sections.adult) fields.add("adultConfirmed");
    return fields;
  };

  const showRefusal = (error: unknown) => {
    if (!isApiError(error) || error.fieldErrors.length === 0) {
      setPageError(error);
      return;
    }
    const visible = visibleFields();
    const placed: Partial<Record<ErrorField, string>> = {};
    let unplaced = false;
    for (const fieldError of error.fieldErrors) {
      const field = checkInFieldOf(fieldError.path);
      if (!field || !visible.has(field)) {
        unplaced = true;
        continue;
      }
      placed[field] ??= fieldErrorMessage(fieldError.code, fieldError.message);
    }
    setErrors(placed);
    setPageError(unplaced ? error : null);
    const first = (Object.keys(placed) as ErrorField[])[0];
    if (first) focusField(first);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checkIn.isPending || lookingUp) return;
    setPageError(null);
    setConfirmation(null);

    if (lookupRefused) {
      setErrors({ code: t("checkIn.code.unknown") });
      focusField("code");
      return;
    }
    let knownCode = known;
    if (reading.kind === "valid" && !knownCode && !lookupFailed) {
      setLookingUp(true);
      try {
        knownCode = knownFrom(await queryClient.fetchQuery(codeLookupOptions(reading.code)));
      } catch (error) {
        if (isUnknownCode(error)) {
          setErrors({ code: t("checkIn.code.unknown") });
          focusField("code");
          return;
        }
        // The lookup could not be made: her nationality is asked instead, and the server checks the code.
      } finally {
        setLookingUp(false);
      }
    }

    const draft = checkInBody(siteId, state, knownCode);
    if (!draft.ok) {
      const next: Partial<Record<ErrorField, string>> = {};
      for (const [field, problem] of Object.entries(draft.problems)) {
        next[field as ErrorField] = problemMessage(problem);
      }
      setErrors(next);
      const first = (Object.keys(next) as ErrorField[])[0];
      if (first) focusField(first);
      return;
    }

    const json = JSON.stringify(draft.body);
    if (attempt.current?.json !== json) attempt.current = { json, key: newIdempotencyKey(), sent: false };
    const { key, sent } = attempt.current;
    attempt.current.sent = true;
    checkIn.mutate(
      { body: draft.body, idempotencyKey: key, retry: sent },
      {
        onSuccess: ({ visit, alreadyCheckedIn }) => {
          attempt.current = null;
          setState(EMPTY_CHECK_IN);
          setErrors({});
          const who = visit.visitorCode ?? t("visit.anonymous");
          const values = {
            time: formatTimeAt(visit.checkedInAt, timeZone, language),
            who,
            country: countryName(visit.nationality, language),
          };
          setConfirmation({
            text: alreadyCheckedIn ? t("checkIn.already", values) : t("checkIn.done", values),
            already: alreadyCheckedIn,
          });
          onCheckedIn(visit, {
            issued: draft.body.issueCode === true && !alreadyCheckedIn,
            alreadyCheckedIn,
          });
          codeRef.current?.focus();
        },
        onError: showRefusal,
      },
    );
  };

  const clear = () => {
    attempt.current = null;
    setState(EMPTY_CHECK_IN);
    setErrors({});
    setPageError(null);
    checkIn.reset();
    codeRef.current?.focus();
  };

  const codeFeedback = () => {
    if (reading.kind === "valid") {
      return (
        <Stack gap={6}>
          <Text size="md" fw={600}>
            {t("checkIn.code.readsAs", { code: reading.printed })}
          </Text>
          {lookup.isFetching && !known && (
            <Group gap="xs">
              <Loader size="xs" aria-hidden />
              <Text size="sm">{t("checkIn.code.lookingUp")}</Text>
            </Group>
          )}
          {lookup.data && <KnownCodeSummary profile={lookup.data} />}
          {lookupFailed && <Text size="sm">{t("checkIn.code.lookupFailed")}</Text>}
        </Stack>
      );
    }
    return null;
  };

  const codeError =
    errors.code ??
    (reading.kind === "invalid" ? t("checkIn.problems.MALFORMED_VISITOR_CODE") : undefined) ??
    (lookupRefused ? t("checkIn.code.unknown") : undefined);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`${ids.code}-title`}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id={`${ids.code}-title`}>
            {t("checkIn.title")}
          </Title>
          <SessionNotice session={session} />
          <div role="status" id={ids.status} aria-live="polite">
            {confirmation && (
              <Paper p="sm" radius="md" bg={confirmation.already ? "yellow.1" : "teal.0"} withBorder>
                <Text fw={600} size="md" c="dark.9">
                  {confirmation.text}
                </Text>
              </Paper>
            )}
          </div>
          <ErrorAlert error={pageError} />

          <TextInput
            ref={codeRef}
            id={ids.code}
            label={t("checkIn.code.label")}
            description={t("checkIn.code.help")}
            value={state.code}
            onChange={(event) => change({ code: event.currentTarget.value })}
            error={codeError}
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
            size="lg"
            styles={{ input: { fontFamily: "ui-monospace, monospace", letterSpacing: "0.08em" } }}
          />
          <div aria-live="polite">{codeFeedback()}</div>

          {showBasics && (
            <CountrySelect
              id={ids.nationality}
              label={t("checkIn.nationality")}
              value={state.nationality}
              onChange={(nationality) => change({ nationality })}
              frequent={frequent}
              error={errors.nationality}
            />
          )}

          {reading.kind === "empty" && (
            <ChoiceGroup
              id={ids.firstVisit}
              label={t("checkIn.firstVisit.label")}
              choices={FIRST_VISIT_CHOICES.map((choice) => ({
                value: choice,
                label: t(`checkIn.firstVisit.${choice}`),
              }))}
              value={state.firstVisit}
              onChange={(firstVisit) => change({ firstVisit })}
              error={errors.firstVisit}
              cols={3}
            />
          )}

          {sections.heardFrom && (
            <ChoiceGroup
              id={ids.heardFrom}
              label={t("checkIn.heardFrom.label")}
              choices={HEARD_FROM.map((choice) => ({ value: choice, label: t(`heardFrom.${choice}`) }))}
              value={state.heardFrom}
              onChange={(heardFrom: HeardFrom) =>
                change({ heardFrom: state.heardFrom === heardFrom ? null : heardFrom })
              }
              error={errors.heardFrom}
              cols={2}
              optional={t("checkIn.optional")}
            />
          )}

          {sections.details && (
            <LanguagesMultiSelect
              label={t("checkIn.languages.label")}
              description={t("checkIn.languages.help")}
              value={state.languages}
              onChange={(languages) => change({ languages })}
              error={errors.languages}
            />
          )}

          {sections.details && (
            <Switch
              size="lg"
              label={t("checkIn.issueCode.label")}
              description={t("checkIn.issueCode.help")}
              checked={state.issueCode}
              onChange={(event) => change({ issueCode: event.currentTarget.checked })}
            />
          )}

          {sections.adult && (
            <Checkbox
              size="lg"
              label={t("checkIn.adult.label")}
              checked={state.adultConfirmed}
              onChange={(event) => change({ adultConfirmed: event.currentTarget.checked })}
              error={errors.adultConfirmed}
            />
          )}

          <Group gap="sm" wrap="nowrap">
            <Button type="submit" size="xl" flex={1} loading={checkIn.isPending || lookingUp}>
              {t("checkIn.submit")}
            </Button>
            <Button type="button" size="xl" variant="default" onClick={clear}>
              {t("checkIn.clear")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function SessionNotice({ session }: { session: DoorSession | null }) {
  const { t } = useTranslation("door");
  if (!session || session.state === "closed") {
    return (
      <Paper p="sm" radius="md" bg="yellow.1" withBorder>
        <Text c="dark.9">{t(session ? "checkIn.notice.closed" : "checkIn.notice.none")}</Text>
      </Paper>
    );
  }
  if (session.state === "scheduled") {
    return <Text size="sm">{t("checkIn.notice.scheduled")}</Text>;
  }
  return null;
}

/** What the door sees of a returning woman's code: never a nickname, never why a flag was raised. */
function KnownCodeSummary({ profile }: { profile: VisitorProfile }) {
  const { t, i18n } = useTranslation("door");
  const language = i18n.language;
  const languages = profile.languages.map((code) => languageName(code, language));
  return (
    <Paper withBorder p="sm" bg="calm.0">
      <Stack gap={6}>
        <Text fw={600}>
          {t("checkIn.code.known", {
            country: countryName(profile.nationality, language),
            count: profile.visitCount,
          })}
        </Text>
        {languages.length > 0 && (
          <Text size="sm">
            {t("checkIn.code.speaks", {
              languages: new Intl.ListFormat(language, { type: "conjunction" }).format(languages),
            })}
          </Text>
        )}
        <FlagBadges flags={profile.flags.map((flag) => flag.kind)} />
      </Stack>
    </Paper>
  );
}

interface ChoiceGroupProps<V extends string> {
  id: string;
  label: string;
  choices: { value: V; label: string }[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string;
  cols: number;
  optional?: string;
}

/** A question answered with one touch: large buttons, the chosen one pressed. */
function ChoiceGroup<V extends string>({
  id,
  label,
  choices,
  value,
  onChange,
  error,
  cols,
  optional,
}: ChoiceGroupProps<V>) {
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  return (
    <Stack gap={6}>
      <Text id={labelId} fw={500} size="md">
        {label}
        {optional && (
          <Text span size="sm" c="dimmed" fw={400}>
            {" "}
            ({optional})
          </Text>
        )}
      </Text>
      <SimpleGrid
        id={id}
        cols={{ base: Math.min(cols, 2), xs: cols }}
        spacing="xs"
        role="group"
        aria-labelledby={labelId}
        aria-describedby={error ? errorId : undefined}
      >
        {choices.map((choice) => {
          const selected = value === choice.value;
          return (
            <Button
              key={choice.value}
              type="button"
              size="lg"
              mih={48}
              variant={selected ? "filled" : "default"}
              aria-pressed={selected}
              onClick={() => onChange(choice.value)}
              styles={{ label: { whiteSpace: "normal", lineHeight: 1.2 } }}
              h="auto"
              py={8}
            >
              {choice.label}
            </Button>
          );
        })}
      </SimpleGrid>
      {error && (
        <Text id={errorId} size="sm" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
    </Stack>
  );
}
