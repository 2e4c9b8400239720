/**
 * The demo's diary: for most evenings of the door's year, the entry the staff on duty wrote after
 * closing (a short summary and a few paragraphs, in Danish mostly and some English), with the themes
 * moving through the seasons (travel before Christmas and in summer, the shelter in the cold months,
 * teaching through the school year), so the themes page shows a pattern. A few restricted paragraphs,
 * follow-ups open and done (on codes they raise the door's flag), and messages to all staff and to
 * managers, some pinned and some read. Tonight's session has no entry: a person writes it.
 *
 * Invented and deterministic (a seeded random source), and never a name: the women are codes.
 * The many ordinary paragraphs go in as bulk inserts in one transaction, in the diary's own tables and
 * with its own theme index (`refreshEntryThemes`); everything that carries a rule of its own (restricted
 * paragraphs, encrypted and audited; follow-ups raising and clearing flags; messages and their receipts)
 * is written through the features' services, on a clock set to when it happened.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { PgInsertValue, PgTable } from "drizzle-orm/pg-core";
import {
  BUILT_IN_THEMES,
  type BuiltInThemeKey,
  type KeywordRule,
  suggestThemes,
} from "../src/common/diary-themes.js";
import { ROLES, type Role } from "../src/common/permissions.js";
import { formatVisitorCode } from "../src/common/visitor-code.js";
import { fixedClock } from "../src/server/clock.js";
import type { Actor, AppContext } from "../src/server/context.js";
import type { Tx } from "../src/server/db/client.js";
import {
  diaryEntries,
  diaryEntryVersions,
  diaryParagraphCodes,
  diaryParagraphs,
  diaryParagraphVersions,
} from "../src/server/db/schema/index.js";
import * as diaryRepo from "../src/server/features/diary/diary.repository.js";
import * as diary from "../src/server/features/diary/diary.service.js";
import * as followUps from "../src/server/features/follow-ups/follow-ups.service.js";
import * as messages from "../src/server/features/messages/messages.service.js";
import { addDays, localDateTime } from "../src/server/features/sites/local-time.js";
import { seededRandom } from "./demo-door.js";

const SEED = 20_100_304;
const minutes = (n: number) => n * 60_000;
const days = (n: number) => n * 24 * 60 * 60_000;

type Lang = "da" | "en";
interface Template {
  text: string;
  lang: Lang;
  /** Months (1–12) the text belongs to; any month when absent. */
  months?: number[];
}

const WINTER = [11, 12, 1, 2, 3];
const SUMMER = [6, 7, 8];
const CHRISTMAS = [11, 12];

/** What staff write about each theme. {n} women tonight, {k} a few, {adj}/{nat} a nationality there tonight, {city} somewhere. */
const TEXTS: Record<BuiltInThemeKey, Template[]> = {
  health: [
    {
      lang: "da",
      text: "Klinikken havde travlt i aften. {k} kvinder ventede på gynækologen, og vi måtte bede et par af dem om at komme igen onsdag. Det er svært at sige nej, når de har taget mod til sig for at komme.",
    },
    {
      lang: "da",
      text: "En af de faste havde ondt i maven og ville ikke gå til lægen, fordi hun troede, det kostede penge. Jeg forklarede, at klinikken her er gratis, og at hun ikke skal sige sit navn. Hun kommer mandag.",
    },
    {
      lang: "da",
      text: "Sygeplejersken brugte tid på at snakke prævention med nogle af de {adj} kvinder. Der er stadig mange myter om p-piller. Vi bør have en folder på rumænsk og bulgarsk.",
    },
    {
      lang: "da",
      text: "En kvinde bad om en graviditetstest. Den var negativ, og hun var tydeligt lettet. Vi snakkede bagefter om kondomer, og om hvor hun kan få nødprævention.",
    },
    {
      lang: "da",
      text: "Flere spurgte til deres testsvar. Det tager for lang tid, før svarene kommer tilbage fra laboratoriet, og nogle af kvinderne når at rejse videre inden. Sygeplejersken ringer til laboratoriet i morgen.",
    },
    {
      lang: "da",
      text: "En af kvinderne fortalte om smerter, hun har haft i flere uger. Hun har ikke noget sygesikringskort. Lægen så hende i aften og har henvist hende til hospitalet; en af os tager med.",
    },
    {
      lang: "da",
      text: "Stille aften i klinikken. Lægen brugte tiden på at gå medicinskabet igennem og smide det udløbne ud.",
    },
    {
      lang: "da",
      text: "Snak i køkkenet om hiv og test. Nogle af de nye vidste ikke, at man kan blive testet her uden at sige sit navn. Det er vigtigt, at vi bliver ved med at sige det.",
    },
    {
      lang: "da",
      text: "Mange er forkølede i denne tid. Vi delte te med honning og hostesaft ud, og lægen så {k} af kvinderne.",
      months: WINTER,
    },
    {
      lang: "en",
      text: "Busy clinic tonight. The doctor saw {k} women and had to ask two to come back on Wednesday. Several asked about test results that are not back yet.",
    },
    {
      lang: "en",
      text: "One of the regulars has had a bad cough for weeks. She saw the doctor tonight and got medicine from the clinic. She was relieved it did not cost anything.",
    },
    {
      lang: "en",
      text: "Talked with some of the {nat} women about contraception. They had heard that the pill makes you infertile; the nurse took a long time to explain.",
    },
  ],
  new_women: [
    {
      lang: "da",
      text: "{k} nye kvinder i aften, de fleste {adj}. De havde hørt om stedet fra en veninde. Vi viste dem rundt og forklarede, at de aldrig behøver at sige deres navn her.",
    },
    {
      lang: "da",
      text: "En ny kvinde kom alene og sad længe ved døren uden at sige noget. Hun tog imod en kop te, og efter en time begyndte hun at spørge til klinikken. Hun har fået et kort med en kode.",
    },
    {
      lang: "da",
      text: "To nye fra gaden, som det opsøgende team havde mødt i weekenden. De var meget unge og trætte. Vi gav dem mad og kondomer og fortalte om åbningstiderne.",
    },
    {
      lang: "da",
      text: "Første gang for en kvinde, der arbejder i en massageklinik på Vesterbro. Hun fik vores kort på sit eget sprog og lovede at komme igen med en kollega.",
    },
    {
      lang: "da",
      text: "Ingen nye i aften, men flere af dem, der kom første gang i sidste måned, kom igen. Det er et godt tegn.",
    },
    {
      lang: "da",
      text: "En ny kvinde talte kun thai. Vi brugte billedkortene og en telefontolk, og det gik fint. Vi bør være flere i personalet, der kan lidt thai.",
    },
    {
      lang: "da",
      text: "Flere nye kvinder nu, hvor det bliver lysere. De fleste er kommet til byen for sommeren og kender ikke nogen her endnu.",
      months: [4, 5, 6, 7],
    },
    {
      lang: "en",
      text: "A new woman came with a friend who is a regular. She was nervous and asked several times whether we would call the police. We explained what the centre is and gave her a card with a code.",
    },
    {
      lang: "en",
      text: "{k} new women tonight, first visit for all of them. They found us through the outreach team. Showed them around and told them about the clinic on Mondays.",
    },
  ],
  travel: [
    {
      lang: "da",
      text: "Mange snakker om at rejse hjem til jul. Flere spurgte, om vi kan hjælpe med en billet. Vi forklarede, hvad vi kan og ikke kan, og fortalte om hjemrejseprogrammet.",
      months: CHRISTMAS,
    },
    {
      lang: "da",
      text: "Sidste aften før jul for flere af de faste: de tager bussen hjem i weekenden. Vi sagde god rejse og gav dem kondomer og lidt mad med på turen.",
      months: [12],
    },
    {
      lang: "da",
      text: "En af de faste fortalte, at hun tager hjem i næste uge og ikke ved, om hun kommer tilbage. Vi sagde farvel og gav hende adressen på en organisation derhjemme, som kan hjælpe.",
    },
    {
      lang: "da",
      text: "{k} af kvinderne er rejst til {city} for at arbejde i et par uger. Deres veninder hentede kondomer med til dem.",
    },
    {
      lang: "da",
      text: "En kvinde var blevet stoppet ved grænsen og sendt tilbage. Hun var vred og bange. Vi snakkede om hendes rettigheder, og advokaten ser på det på onsdag.",
    },
    {
      lang: "da",
      text: "Sommeren er begyndt: flere af de faste er rejst hjem, og der kommer nye til fra Spanien og Italien.",
      months: SUMMER,
    },
    {
      lang: "da",
      text: "Spørgsmål om billetter og pas i aften. En kvinde har mistet sit pas og ved ikke, hvor hun skal henvende sig. Vi hjælper hende med at finde ud af, hvornår ambassaden har åbent.",
    },
    {
      lang: "da",
      text: "Flere af de faste er kommet tilbage efter jul og nytår. De fortalte om familien og om, hvor dyrt rejsen var.",
      months: [1],
    },
    {
      lang: "en",
      text: "Lots of talk about going home for Christmas. Two women asked if we could help pay for a ticket. Explained the return programme and what it means for them.",
      months: CHRISTMAS,
    },
    {
      lang: "en",
      text: "One of the regulars is travelling to {city} to work for the summer. She promised to come back in September.",
      months: [5, 6, 7],
    },
    {
      lang: "en",
      text: "A woman came back after three months at home. She was happy to see us and told everyone about her children.",
    },
  ],
  teaching: [
    {
      lang: "da",
      text: "Dansktimen var godt besøgt: {k} kvinder, og de arbejdede koncentreret med tal og ugedage. En af dem vil gerne have lektier med hjem.",
    },
    {
      lang: "da",
      text: "Computerundervisningen gik mest med at oprette e-mailadresser og finde nyheder på deres eget sprog.",
    },
    {
      lang: "da",
      text: "Engelsktimen handlede i aften om at gå til lægen: ord for smerter og for kroppen. Det hænger godt sammen med klinikken.",
    },
    {
      lang: "da",
      text: "Få til undervisningen i aften; de fleste ville hellere sidde i køkkenet. Læreren brugte tiden på at forberede næste uges lektion.",
    },
    {
      lang: "da",
      text: "Et par af kvinderne spurgte, om der findes et kursus, hvor de kan få et bevis. Vi undersøger, hvad sprogskolen kan tilbyde.",
    },
    {
      lang: "da",
      text: "Nyt hold i engelsk efter sommerferien. {k} nye deltagere, og de ville gerne i gang med det samme.",
      months: [8, 9],
    },
    {
      lang: "en",
      text: "English class: {k} women, mostly beginners. We practised how to ask for help and how to say no. Good energy and a lot of laughing.",
    },
    {
      lang: "en",
      text: "Computer class was full. Two women wrote their first emails to their families at home.",
    },
    {
      lang: "en",
      text: "Few came to the lesson tonight, so the teacher joined the women in the kitchen and did some conversation practice over tea.",
    },
  ],
  prostitution: [
    {
      lang: "da",
      text: "Flere fortalte om kunder, der ikke vil bruge kondom og tilbyder ekstra penge. Vi snakkede om, hvordan man kan sige nej, og gav ekstra glidecreme med.",
    },
    {
      lang: "da",
      text: "En kvinde var blevet slået af en kunde i weekenden. Hun ville ikke anmelde det. Vi snakkede om mulighederne, og om at hun kan komme tilbage, hvis hun ombestemmer sig.",
    },
    {
      lang: "da",
      text: "Der er færre kunder på gaden i kulden, og kvinderne bliver længere her. Flere er bekymrede for huslejen.",
      months: WINTER,
    },
    {
      lang: "da",
      text: "Snak om massageklinikkerne: nogle af kvinderne skal betale meget til ejeren hver uge. Vi lyttede og skrev ned, hvad de ville fortælle.",
    },
    {
      lang: "da",
      text: "Travlt på gaden op til weekenden, så mange kom kun kort forbi for at hente kondomer.",
    },
    {
      lang: "da",
      text: "En af de faste har fundet et andet sted at arbejde, hvor hun føler sig mere sikker. Hun vil gerne fortælle de nye om det.",
    },
    {
      lang: "en",
      text: "Several women talked about a client who has been aggressive in the area. We wrote down what they said about his car and told the others to be careful.",
    },
    {
      lang: "en",
      text: "Quiet on the street this week, the women say. More of them find clients online now and come here less often.",
    },
    {
      lang: "en",
      text: "Summer means more clients and longer nights; several came straight from work and slept on the sofa for an hour.",
      months: SUMMER,
    },
  ],
  crisis_shelter: [
    {
      lang: "da",
      text: "En kvinde havde ikke noget sted at sove i nat. Vi ringede rundt, og krisecentret havde en plads. Socialrådgiveren fulgte hende derhen.",
    },
    {
      lang: "da",
      text: "Kulden gør det svært: {k} kvinder spurgte efter overnatning. Herberget var fuldt, så vi fandt tæpper og varm mad frem.",
      months: WINTER,
    },
    {
      lang: "da",
      text: "En af kvinderne bor nu på krisecentret og kom forbi for at sige tak. Hun får hjælp til at finde ud af sin situation.",
    },
    {
      lang: "da",
      text: "Boligen er et problem for mange: de bor mange sammen i små lejligheder og betaler for meget. Vi har ikke noget at tilbyde, men vi lyttede.",
    },
    {
      lang: "da",
      text: "Krisecentret ringede for at høre, om vi kender til kvinder, der mangler husly. Vi har lovet at sende dem videre.",
    },
    {
      lang: "en",
      text: "A woman had been thrown out of the flat where she lived. We called the shelter and they had a bed for the night. One of us went with her.",
    },
    {
      lang: "en",
      text: "Housing again: several women sleep where they work. Nothing we could offer tonight, but we wrote it down for the staff meeting.",
    },
  ],
  development: [
    {
      lang: "da",
      text: "Personalemøde før åbning: vi talte om åbningstiden om fredagen og om at prøve natåbent. Alle er enige om, at det skal prøves.",
    },
    {
      lang: "da",
      text: "Vi har fået nye sofaer i køkkenet. Kvinderne var glade, og det er blevet mere hyggeligt at sidde der.",
    },
    {
      lang: "da",
      text: "En idé fra en af kvinderne: et opslag på væggen med de vigtigste numre på mange sprog. Vi tager det med på personalemødet.",
    },
    {
      lang: "da",
      text: "Nye frivillige var med for første gang. De var lidt usikre, men kvinderne tog godt imod dem.",
    },
    {
      lang: "da",
      text: "Vi prøvede i aften at holde klinikken åben en halv time længere. Det gav ro i venteværelset.",
    },
    {
      lang: "da",
      text: "Planlægning af året på personalemødet: flere tolketimer, natåbent igen og bedre aftaler med laboratoriet.",
      months: [1, 8],
    },
    {
      lang: "en",
      text: "Idea for the staff meeting: a board in the kitchen showing which languages the staff on duty speak tonight.",
    },
    {
      lang: "en",
      text: "New volunteers started tonight. They did well, but we should give them a short introduction to the rules about names and codes first.",
    },
  ],
  women_in_general: [
    {
      lang: "da",
      text: "God stemning i aften. Der blev lavet mad sammen, og nogle af de {adj} kvinder sang. Det var en hyggelig aften.",
    },
    {
      lang: "da",
      text: "Stille aften. De fleste kom for at få varmen og en kop kaffe og gik igen efter en time.",
    },
    {
      lang: "da",
      text: "Travl aften med {n} kvinder. Der var kø ved computerne og lidt uro omkring tøjet. Vi må finde en bedre måde at dele tøjet ud på.",
    },
    {
      lang: "da",
      text: "Flere af kvinderne var trætte og triste i aften. En sagde, at det her er det eneste sted, hvor hun kan slappe af.",
    },
    {
      lang: "da",
      text: "Mange snakkede om familien derhjemme og om børnene, som de sender penge til. En viste billeder fra sin datters fødselsdag.",
    },
    {
      lang: "da",
      text: "Lidt spændinger mellem to grupper i køkkenet i aften. Det faldt til ro, da vi satte en film på.",
    },
    {
      lang: "en",
      text: "Good atmosphere tonight. The women cooked together and stayed until closing.",
    },
    {
      lang: "en",
      text: "Quiet evening; most women came for tea and a shower and left early.",
    },
    {
      lang: "en",
      text: "Busy evening with {n} women. The kitchen was full all night and we ran out of bread.",
    },
  ],
};

/** How much each theme is on staff's minds, month by month (January first). */
const SEASONS: Record<BuiltInThemeKey, number[]> = {
  health: [3, 3, 3, 3, 3, 3, 2, 3, 4, 4, 3, 3],
  new_women: [1, 1, 2, 3, 4, 4, 3, 3, 3, 2, 1, 1],
  travel: [2, 1, 1, 1, 2, 4, 5, 2, 1, 1, 5, 7],
  teaching: [3, 3, 3, 2, 2, 1, 0, 1, 4, 3, 3, 1],
  prostitution: [2, 2, 2, 2, 2, 3, 4, 3, 2, 2, 2, 2],
  crisis_shelter: [5, 4, 3, 1, 1, 1, 1, 1, 1, 2, 3, 5],
  development: [3, 1, 1, 1, 1, 1, 1, 3, 2, 1, 1, 1],
  women_in_general: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
};

/** Which role writes about a theme first, when she is on duty that evening. */
const WRITER: Partial<Record<BuiltInThemeKey, Role>> = {
  health: "health_staff",
  teaching: "teacher",
  crisis_shelter: "social_worker",
  development: "manager",
};

const ADJECTIVES: Record<string, [string, string]> = {
  RO: ["rumænske", "Romanian"],
  NG: ["nigerianske", "Nigerian"],
  TH: ["thailandske", "Thai"],
  BG: ["bulgarske", "Bulgarian"],
  HU: ["ungarske", "Hungarian"],
  ES: ["spanske", "Spanish"],
  SK: ["slovakiske", "Slovak"],
  PL: ["polske", "Polish"],
  LT: ["litauiske", "Lithuanian"],
  UA: ["ukrainske", "Ukrainian"],
  GH: ["ghanesiske", "Ghanaian"],
  MD: ["moldoviske", "Moldovan"],
  CZ: ["tjekkiske", "Czech"],
  BR: ["brasilianske", "Brazilian"],
  LV: ["lettiske", "Latvian"],
  DO: ["dominikanske", "Dominican"],
  VN: ["vietnamesiske", "Vietnamese"],
};
const FEW: Record<Lang, string[]> = {
  da: ["to", "tre", "fire", "fem"],
  en: ["two", "three", "four", "five"],
};
const CITIES = ["Aarhus", "Odense", "Hamborg", "Oslo", "Malmø"];

/** The evening's headline, as the last one out writes it. */
const SUMMARY_OPENINGS: Record<Lang, string[]> = {
  da: ["{n} kvinder i aften", "{n} besøg", "Aften med {n} kvinder"],
  en: ["{n} women tonight", "{n} visits", "Evening with {n} women"],
};
const SUMMARY_THEMES: Record<BuiltInThemeKey, Record<Lang, string[]>> = {
  health: {
    da: ["travlt i klinikken", "snak om prævention og test"],
    en: ["busy clinic", "questions about test results"],
  },
  new_women: {
    da: ["nye kvinder, der skal følges op", "nye ansigter"],
    en: ["new women to follow up", "new faces"],
  },
  travel: {
    da: ["mange taler om at rejse hjem", "snak om rejser og pas"],
    en: ["many talk about going home", "travel plans and papers"],
  },
  teaching: { da: ["god undervisning", "fuldt hold i undervisningen"], en: ["good class", "full class"] },
  prostitution: {
    da: ["snak om kunder og sikkerhed", "uro på gaden"],
    en: ["talk about clients and safety", "trouble on the street"],
  },
  crisis_shelter: {
    da: ["behov for overnatning", "kontakt med krisecentret"],
    en: ["women needing a bed", "in touch with the shelter"],
  },
  development: {
    da: ["idéer til stedet", "nyt fra personalemødet"],
    en: ["ideas for the centre", "news from the staff meeting"],
  },
  women_in_general: { da: ["god stemning", "rolig aften"], en: ["good atmosphere", "calm evening"] },
};

/** Restricted paragraphs: what only her own organisation, or one role, should read. */
const RESTRICTED: {
  role: Role;
  theme: BuiltInThemeKey;
  restriction: "organisation" | "role";
  restrictedRole?: Role;
  text: string;
}[] = [
  {
    role: "identification_staff",
    theme: "prostitution",
    restriction: "organisation",
    text: "Samtale med en af kvinderne, der viser flere tegn på menneskehandel: hun har ikke selv sit pas, hun skylder penge for rejsen, og en mand henter hende efter lukketid. Hun vil ikke tale med politiet nu. Vi aftalte en ny samtale på onsdag.",
  },
  {
    role: "identification_staff",
    theme: "prostitution",
    restriction: "organisation",
    text: "Hun fortalte mere om gælden i aften. Beløbet stiger hver uge, og hun er bange for, hvad der sker med familien derhjemme, hvis hun holder op. Hun ved, at hun kan komme til os hver aften.",
  },
  {
    role: "identification_staff",
    theme: "prostitution",
    restriction: "organisation",
    text: "She said tonight that her passport is kept by the woman who arranged her journey. She does not want to go to the shelter yet. Next talk on Wednesday, in her own language.",
  },
  {
    role: "social_worker",
    theme: "crisis_shelter",
    restriction: "role",
    restrictedRole: "social_worker",
    text: "Hun har fortalt om vold fra kæresten. Hun ønsker ikke, at det står i den almindelige dagbog. Vi har talt om krisecentret, og hun har fået nummeret med.",
  },
  {
    role: "manager",
    theme: "development",
    restriction: "role",
    restrictedRole: "manager",
    text: "Personaleforhold: en af de frivillige har brug for en pause efter en svær aften. Jeg taler med hende i morgen og finder en afløser til fredag.",
  },
  {
    role: "health_staff",
    theme: "health",
    restriction: "organisation",
    text: "Hun var meget påvirket i aften og ville tale om at tage hjem. Lægen og jeg aftalte at tale med hende sammen næste mandag, før hun beslutter noget.",
  },
];

interface SessionRow {
  id: string;
  date: string;
  starts_at: string;
  ends_at_instant: string;
  visits: number;
  first_visits: number;
  nationalities: string[] | null;
  staff: string[] | null;
  code_ids: string[] | null;
}

interface StaffRow {
  id: string;
  role: Role;
  organisation_id: string;
  username: string;
}

export interface DiarySeedOptions {
  site: { id: string; timeZone: string };
  /** The demo manager, as whom the themes are read. */
  manager: Actor;
}

export interface DiarySeedSummary {
  entries: number;
  paragraphs: number;
  restricted: number;
  followUps: number;
  messages: number;
}

function actorOf(staff: StaffRow, siteId: string): Actor {
  return {
    accountId: staff.id,
    username: staff.username,
    role: staff.role,
    organisationId: staff.organisation_id,
    siteIds: [siteId],
    locale: "da",
    sessionTokenHash: "",
    csrfToken: "",
    fullySignedIn: true,
    secondFactorEnrolled: true,
    mustChangePassword: false,
    address: "demo",
  };
}

/** The demo's staff as actors, one per role, for the services written through. */
export async function demoActors(ctx: AppContext, siteId: string): Promise<Map<Role, Actor>> {
  const rows = (
    await ctx.db.execute(
      sql`select id, role, organisation_id, username from accounts where active order by created_at`,
    )
  ).rows as unknown as StaffRow[];
  return new Map(rows.map((r) => [r.role, actorOf(r, siteId)]));
}

/** Seeds the diary, follow-ups and messages of the demo year; returns what it wrote. */
export async function seedDiary(ctx: AppContext, options: DiarySeedOptions): Promise<DiarySeedSummary> {
  const random = seededRandom(SEED);
  const now = ctx.clock.now();
  const siteId = options.site.id;
  const actors = await demoActors(ctx, siteId);
  const byId = new Map([...actors.values()].map((a) => [a.accountId, a]));
  const actor = (role: Role) => actors.get(role) as Actor;

  const { themes } = await diary.listThemes(ctx, options.manager);
  const themeId = new Map(themes.flatMap((t) => (t.key ? [[t.key, t.id] as const] : [])));
  const idOf = (key: BuiltInThemeKey) => themeId.get(key) as string;
  const rules: KeywordRule[] = BUILT_IN_THEMES.flatMap((t) =>
    (["da", "en"] as const).flatMap((language) =>
      t.keywords[language].map((keyword) => ({ themeId: idOf(t.key), language, keyword })),
    ),
  );

  // The evenings that are over, with what the door knows of them.
  const sessions = (
    await ctx.db.execute(sql`
      select s.id, s.date::text as date, s.starts_at::text as starts_at, s.ends_at_instant,
             count(v.id)::int as visits,
             count(v.id) filter (where v.first_visit)::int as first_visits,
             array_agg(v.nationality order by v.nationality) filter (where v.nationality <> 'XX') as nationalities,
             array_agg(distinct v.checked_in_by::text) filter (where v.checked_in_by is not null) as staff,
             array_agg(distinct v.visitor_code_id::text) filter (where v.visitor_code_id is not null) as code_ids
        from opening_sessions s
        left join visits v on v.session_id = s.id
       where s.site_id = ${siteId} and s.closed_at is not null and s.ends_at_instant <= ${now}
       group by s.id
       order by s.starts_at_instant`)
  ).rows as unknown as SessionRow[];

  const entryRows: (typeof diaryEntries.$inferInsert)[] = [];
  const entryVersionRows: (typeof diaryEntryVersions.$inferInsert)[] = [];
  const paragraphRows: (typeof diaryParagraphs.$inferInsert)[] = [];
  const paragraphVersionRows: (typeof diaryParagraphVersions.$inferInsert)[] = [];
  const paragraphCodeRows: (typeof diaryParagraphCodes.$inferInsert)[] = [];
  const written: { session: SessionRow; entryId: string; closedAt: Date; onDuty: Role[] }[] = [];

  const fill = (template: Template, session: SessionRow, nationality: string) => {
    const [adj, nat] = ADJECTIVES[nationality] ?? ["rumænske", "Romanian"];
    const text = template.text
      .replaceAll("{n}", String(session.visits))
      .replaceAll("{k}", random.pick(FEW[template.lang]))
      .replaceAll("{adj}", adj)
      .replaceAll("{nat}", nat)
      .replaceAll("{city}", random.pick(CITIES));
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  sessions.forEach((session, index) => {
    const recent = index >= sessions.length - 4;
    if (!recent && random.chance(0.1)) return; // Some evenings nobody found the time.
    const month = Number(session.date.slice(5, 7));
    const weekday = new Date(`${session.date}T12:00:00Z`).getUTCDay();
    const clinicEvening = weekday === 1 || weekday === 3;
    const night = session.starts_at >= "23:00";
    const onDuty = (session.staff ?? [])
      .map((id) => byId.get(id))
      .filter((a): a is Actor => a !== undefined)
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
    if (onDuty.length === 0) return;
    const present = (role: Role) => onDuty.find((a) => a.role === role);
    const nationalities = session.nationalities ?? ["RO"];
    const topNationality = mostCommon(nationalities);

    const weights = (Object.keys(SEASONS) as BuiltInThemeKey[]).map((key) => {
      let w = SEASONS[key][month - 1] ?? 1;
      if (key === "teaching" && (!clinicEvening || night)) w = 0; // Classes are on Mondays and Wednesdays.
      if (key === "health" && !clinicEvening) w /= 3;
      if (key === "new_women" && session.first_visits > 1) w += 3;
      return [key, w] as const;
    });
    const count = random.weighted([
      [2, 2],
      [3, 4],
      [4, 4],
      [5, 2],
      [6, 1],
    ] as const);
    const chosen: BuiltInThemeKey[] = [];
    while (chosen.length < count) {
      const key = random.weighted(weights.filter(([k]) => !chosen.includes(k)));
      chosen.push(key);
    }

    const entryId = randomUUID();
    const closedAt = new Date(session.ends_at_instant);
    let at = closedAt.getTime() - minutes(random.int(10, 40));
    let first: { authorId: string; lang: Lang; at: Date } | null = null;
    for (const key of chosen) {
      const preferred = WRITER[key] ? present(WRITER[key] as Role) : undefined;
      const author = preferred ?? random.pick(onDuty);
      const englishChance = author.role === "volunteer" ? 0.85 : author.role === "teacher" ? 0.5 : 0.12;
      const lang: Lang = random.chance(englishChance) ? "en" : "da";
      const fits = TEXTS[key].filter((t) => !t.months || t.months.includes(month));
      const inLanguage = fits.filter((t) => t.lang === lang);
      const template = random.pick(inLanguage.length > 0 ? inLanguage : fits);
      const body = fill(template, session, random.chance(0.6) ? topNationality : random.pick(nationalities));
      // The theme she meant, and the suggestions she accepted with a tap.
      const themeIds = [
        idOf(key),
        ...suggestThemes(body, rules, [idOf(key)]).filter(() => random.chance(0.5)),
      ];
      at += minutes(random.int(2, 9));
      const writtenAt = new Date(at);
      const paragraphId = randomUUID();
      paragraphRows.push({
        id: paragraphId,
        entryId,
        siteId,
        sessionDate: session.date,
        authorId: author.accountId,
        authorOrganisationId: author.organisationId,
        body,
        bodySealed: null,
        restriction: "none",
        themeIds,
        version: 1,
        writtenAt,
        updatedBy: author.accountId,
        updatedAt: writtenAt,
      });
      // The history keeps every version encrypted, as the diary service writes it.
      paragraphVersionRows.push({
        paragraphId,
        version: 1,
        bodySealed: ctx.cipher.encrypt(body),
        restriction: "none",
        themeIds,
        editedBy: author.accountId,
        editedAt: writtenAt,
      });
      const codes = session.code_ids ?? [];
      if (codes.length > 0 && key !== "development" && key !== "teaching" && random.chance(0.15)) {
        paragraphCodeRows.push({ paragraphId, visitorCodeId: random.pick(codes) });
      }
      first ??= { authorId: author.accountId, lang: template.lang, at: writtenAt };
    }
    if (!first) return;

    const lead = chosen[0] as BuiltInThemeKey;
    const second = chosen[1] as BuiltInThemeKey;
    const lang = first.lang;
    const opening = random.pick(SUMMARY_OPENINGS[lang]).replace("{n}", String(session.visits));
    const newOnes =
      session.first_visits > 0
        ? lang === "da"
          ? `, ${session.first_visits} første gang`
          : `, ${session.first_visits} first time`
        : "";
    const summary = `${opening}${newOnes}. ${capitalise(random.pick(SUMMARY_THEMES[lead][lang]))}; ${random.pick(SUMMARY_THEMES[second][lang])}.`;
    const summaryAt = new Date(at + minutes(random.int(2, 10)));
    const summaryBy = random.chance(0.7) ? first.authorId : random.pick(onDuty).accountId;
    const entryThemes = random.chance(0.2) ? [idOf("women_in_general")] : [];
    const createdAt = first.at;
    entryRows.push({
      id: entryId,
      siteId,
      sessionId: session.id,
      sessionDate: session.date,
      summary,
      themeIds: entryThemes,
      version: 2,
      createdBy: first.authorId,
      createdAt,
      updatedBy: summaryBy,
      updatedAt: summaryAt,
    });
    entryVersionRows.push(
      { entryId, version: 1, summary: "", themeIds: [], editedBy: first.authorId, editedAt: createdAt },
      { entryId, version: 2, summary, themeIds: entryThemes, editedBy: summaryBy, editedAt: summaryAt },
    );
    written.push({ session, entryId, closedAt, onDuty: onDuty.map((a) => a.role) });
  });
  await ctx.db.transaction(async (tx) => {
    await insertInChunks(tx, diaryEntries, entryRows);
    await insertInChunks(tx, diaryEntryVersions, entryVersionRows);
    await insertInChunks(tx, diaryParagraphs, paragraphRows);
    await insertInChunks(tx, diaryParagraphVersions, paragraphVersionRows);
    await insertInChunks(tx, diaryParagraphCodes, paragraphCodeRows);
    // The themes page's index, kept exactly as the diary keeps it on every write.
    for (const entry of entryRows) await diaryRepo.refreshEntryThemes(tx, entry.id as string);
  });
  // What the services write, each on a clock set to when it happened.
  const clock = fixedClock(now);
  const then = (at: Date): AppContext => {
    clock.set(at);
    return { ...ctx, clock };
  };
  const codeOf = new Map(
    (
      (await ctx.db.execute(sql`select id, code from visitor_codes`)).rows as { id: string; code: string }[]
    ).map((r) => [r.id, formatVisitorCode(r.code)]),
  );

  // Restricted paragraphs, each through the diary service: encrypted, audited, indexed for themes.
  let restricted = 0;
  for (const [i, item] of RESTRICTED.entries()) {
    for (const share of [0.3 + i * 0.1, 0.9 + i * 0.015]) {
      const candidates = written.filter((w) => w.onDuty.includes(item.role));
      const target = candidates[Math.min(candidates.length - 1, Math.floor(share * candidates.length))];
      if (!target) continue;
      const codes = target.session.code_ids ?? [];
      const code = codes.length > 0 ? codeOf.get(random.pick(codes)) : undefined;
      await diary.addParagraph(
        then(new Date(target.closedAt.getTime() + minutes(random.int(15, 35)))),
        actor(item.role),
        target.session.id,
        {
          body: item.text,
          themeIds: [idOf(item.theme)],
          restriction: item.restriction,
          ...(item.restrictedRole ? { restrictedRole: item.restrictedRole } : {}),
          visitorCodes: code && item.theme !== "development" ? [code] : [],
        },
      );
      restricted++;
    }
  }

  // A colleague added a line to the last evening's first paragraph: the manager's history shows both.
  const last = written.at(-1);
  const lastParagraph = last ? paragraphRows.find((p) => p.entryId === last.entryId) : undefined;
  if (last && lastParagraph) {
    const editor = actor(last.onDuty.includes("manager") ? "manager" : "social_worker");
    await diary.updateParagraph(
      then(new Date(last.closedAt.getTime() + minutes(50))),
      editor,
      lastParagraph.id as string,
      {
        version: 1,
        body: `${lastParagraph.body} ${last.onDuty.includes("manager") ? "Tilføjet: vi tager det op på mandagens møde." : "Tilføjet: skal følges op på mandag."}`,
      },
    );
  }
  const summary = await seedFollowUpsAndMessages(ctx, { siteId, actors, codeOf, then, written, random });
  await ctx.db.execute(
    sql`analyze diary_entries, diary_entry_versions, diary_paragraphs, diary_paragraph_versions, diary_paragraph_codes, diary_entry_themes, follow_ups, follow_up_comments, messages, message_reads`,
  );
  return {
    entries: entryRows.length,
    paragraphs: paragraphRows.length + restricted,
    restricted,
    ...summary,
  };
}

interface FollowUpPlan {
  by: Role;
  title: string;
  body: string;
  /** A role, or any social worker. */
  assignee: Role | "any";
  /** Tied to the code of a woman who was there that evening. */
  onCode: boolean;
  dueInDays: number;
  comments?: { by: Role; body: string; afterDays: number }[];
  /** Done (with a note), dropped (with the reason), or still open. */
  end: { status: "done" | "dropped"; by: Role; afterDays: number; text: string } | null;
}

/** Follow-ups of the year: a few spread over the months, closed; the open ones from the last two weeks. */
const PAST_FOLLOW_UPS: FollowUpPlan[] = [
  {
    by: "social_worker",
    title: "Hjælp hende med at bestille tid hos tandlægen",
    body: "Hun har haft tandpine længe. Tandlægen på skolen tager imod kvinder uden sygesikring om tirsdagen.",
    assignee: "any",
    onCode: true,
    dueInDays: 7,
    comments: [
      { by: "volunteer", body: "She came tonight, I told her someone will help on Monday.", afterDays: 2 },
    ],
    end: {
      status: "done",
      by: "social_worker",
      afterDays: 5,
      text: "Tid bestilt; hun har fået adressen skrevet ned.",
    },
  },
  {
    by: "manager",
    title: "Find folder om rettigheder på bulgarsk",
    body: "Flere bulgarske kvinder har spurgt. Hør de andre organisationer, om de har en.",
    assignee: "manager",
    onCode: false,
    dueInDays: 14,
    end: {
      status: "done",
      by: "manager",
      afterDays: 12,
      text: "Fundet og printet; ligger i reolen ved døren.",
    },
  },
  {
    by: "identification_staff",
    title: "Følg op på samtalen om boligen",
    body: "Hun betaler meget for en seng i en lejlighed, hvor mange bor. Tilbyd en samtale med socialrådgiveren.",
    assignee: "social_worker",
    onCode: true,
    dueInDays: 5,
    comments: [
      {
        by: "social_worker",
        body: "Talt kort med hende; hun vil gerne vente til efter weekenden.",
        afterDays: 3,
      },
    ],
    end: {
      status: "done",
      by: "social_worker",
      afterDays: 9,
      text: "Samtale holdt. Hun bliver boende indtil videre og ved, hvor hun kan henvende sig.",
    },
  },
  {
    by: "teacher",
    title: "Find en dansktime om lørdagen",
    body: "Nogle af kvinderne arbejder på hverdagsaftener og vil gerne lære dansk i weekenden.",
    assignee: "teacher",
    onCode: false,
    dueInDays: 21,
    end: {
      status: "dropped",
      by: "teacher",
      afterDays: 20,
      text: "Sprogskolen har ikke hold om lørdagen; vi prøver igen til efteråret.",
    },
  },
  {
    by: "social_worker",
    title: "Ring til krisecentret og hør om pladser i julen",
    body: "Sidste år manglede flere et sted at sove mellem jul og nytår.",
    assignee: "any",
    onCode: false,
    dueInDays: 10,
    end: {
      status: "done",
      by: "social_worker",
      afterDays: 6,
      text: "De har to ekstra pladser fra den 23. Sedlen hænger på opslagstavlen.",
    },
  },
  {
    by: "social_worker",
    title: "Hun vil gerne tale med advokaten om sin opholdstilladelse",
    body: "Advokaten er her første onsdag i måneden. Spørg hende, om hun vil have en tolk med.",
    assignee: "lawyer",
    onCode: true,
    dueInDays: 14,
    end: {
      status: "done",
      by: "lawyer",
      afterDays: 13,
      text: "Talt med hende; hun kommer igen med papirerne næste gang.",
    },
  },
  {
    by: "volunteer",
    title: "Help her find a cheap phone",
    body: "Her phone was taken. She asked whether we know where to buy a cheap one.",
    assignee: "volunteer",
    onCode: true,
    dueInDays: 7,
    end: {
      status: "dropped",
      by: "volunteer",
      afterDays: 15,
      text: "She has gone home, the other women say.",
    },
  },
  {
    by: "health_staff",
    title: "Spørg hende, om hun vil med til hospitalet",
    body: "Lægen har henvist hende. Hun var usikker på, om hun tør tage af sted alene.",
    assignee: "any",
    onCode: true,
    dueInDays: 4,
    end: {
      status: "done",
      by: "social_worker",
      afterDays: 3,
      text: "Hun vil gerne have én med. Det er aftalt.",
    },
  },
];

const OPEN_FOLLOW_UPS: FollowUpPlan[] = [
  {
    by: "social_worker",
    title: "Spørg hende om brevet fra hospitalet",
    body: "Hun havde et brev med, som hun ikke forstod. Find en tolk og læs det med hende.",
    assignee: "any",
    onCode: true,
    dueInDays: 3,
    end: null,
  },
  {
    by: "identification_staff",
    title: "Følg op på samtalen fra fredag",
    body: "Hun ville gerne tale videre. Tilbyd en rolig samtale i det lille rum, gerne på rumænsk.",
    assignee: "identification_staff",
    onCode: true,
    dueInDays: 5,
    end: null,
  },
  {
    by: "manager",
    title: "Hjælp med at søge om et sundhedskort",
    body: "Hun har arbejdet her længe og ved ikke, at hun måske har ret til et.",
    assignee: "social_worker",
    onCode: true,
    dueInDays: 1,
    comments: [
      { by: "social_worker", body: "Hun kom ikke onsdag. Prøver igen, når hun er her.", afterDays: 2 },
    ],
    end: null,
  },
  {
    by: "volunteer",
    title: "Ask her whether she still needs winter clothes",
    body: "Her jacket was too thin. We have new donations in the storage room.",
    assignee: "volunteer",
    onCode: true,
    dueInDays: 6,
    end: null,
  },
  {
    by: "health_staff",
    title: "Bestil foldere om prævention på thai og rumænsk",
    body: "Vi er løbet tør. Sundhedsstyrelsens foldere kan bestilles gratis.",
    assignee: "manager",
    onCode: false,
    dueInDays: 14,
    end: null,
  },
  {
    by: "social_worker",
    title: "Ring til herberget om pladser i marts",
    body: "Det er stadig koldt om natten, og to kvinder har spurgt.",
    assignee: "any",
    onCode: false,
    dueInDays: 2,
    end: null,
  },
];

interface MessagePlan {
  daysAgo: number;
  by: Role;
  audience: "all" | "managers" | "person";
  to?: Role;
  body: string;
  pinned?: boolean;
  /** Who has opened it (after how many hours). */
  readBy: Role[];
}

const MESSAGES: MessagePlan[] = [
  {
    daysAgo: 120,
    by: "manager",
    audience: "all",
    pinned: true,
    body: "Husk: ingen navne i dagbogen, i opfølgningerne eller i beskederne. Handler det om en bestemt kvinde, så skriv hendes kode.",
    readBy: ["social_worker", "health_staff", "identification_staff", "teacher", "lawyer", "volunteer"],
  },
  {
    daysAgo: 60,
    by: "health_staff",
    audience: "all",
    body: "Klinikken har fået nye graviditetstests og kondomer i flere størrelser. De står i skabet i klinikken.",
    readBy: ["social_worker", "manager", "identification_staff", "volunteer"],
  },
  {
    daysAgo: 35,
    by: "social_worker",
    audience: "managers",
    body: "Vi har for få tolke til thai om mandagen. Kan vi tage det op på næste personalemøde?",
    readBy: ["manager"],
  },
  {
    daysAgo: 21,
    by: "volunteer",
    audience: "all",
    body: "I left two bags of donated winter jackets in the storage room. Sizes are sorted on the shelf.",
    readBy: ["social_worker", "manager", "teacher"],
  },
  {
    daysAgo: 10,
    by: "teacher",
    audience: "all",
    body: "English class moves to the small room on Wednesday while the kitchen is painted.",
    readBy: ["manager", "volunteer"],
  },
  {
    daysAgo: 5,
    by: "manager",
    audience: "all",
    pinned: true,
    body: "Natåbent fredag begynder igen på fredag, kl. 23–05, i tre måneder. Vagtplanen ligger i Pusterum; sig til, hvis I ikke kan.",
    readBy: ["volunteer", "identification_staff"],
  },
  {
    daysAgo: 3,
    by: "identification_staff",
    audience: "person",
    to: "social_worker",
    body: "Kan du tage samtalen med hende, jeg skrev om i dagbogen fredag? Hun foretrækker at tale rumænsk.",
    readBy: [],
  },
  {
    daysAgo: 2,
    by: "health_staff",
    audience: "all",
    body: "Flere testsvar er kommet tilbage. Bed kvinderne med flaget om at tale med sygeplejersken, når de kommer.",
    readBy: ["manager"],
  },
  {
    daysAgo: 1,
    by: "lawyer",
    audience: "all",
    body: "Jeg er her første onsdag i måneden. Skriv en opfølgning til mig, hvis en kvinde gerne vil tale med en advokat.",
    readBy: ["manager"],
  },
];

async function seedFollowUpsAndMessages(
  ctx: AppContext,
  options: {
    siteId: string;
    actors: Map<Role, Actor>;
    codeOf: Map<string, string>;
    then: (at: Date) => AppContext;
    written: { session: SessionRow; entryId: string; closedAt: Date; onDuty: Role[] }[];
    random: ReturnType<typeof seededRandom>;
  },
) {
  const { siteId, actors, codeOf, then, written, random } = options;
  const actor = (role: Role) => actors.get(role) as Actor;
  const now = ctx.clock.now();
  const zone = (await ctx.db.execute(sql`select time_zone from sites where id = ${siteId}`)).rows[0]
    ?.time_zone as string;
  const today = localDateTime(now, zone).date;
  const used = new Set<string>();
  const codeFrom = (ids: string[] | null) => {
    const free = (ids ?? []).filter((id) => !used.has(id) && codeOf.has(id));
    if (free.length === 0) return undefined;
    const id = random.pick(free);
    used.add(id);
    return codeOf.get(id);
  };

  const write = async (plan: FollowUpPlan, evening: (typeof written)[number]) => {
    const createdAt = new Date(evening.closedAt.getTime() + minutes(random.int(5, 30)));
    const code = plan.onCode ? codeFrom(evening.session.code_ids) : undefined;
    const created = await followUps.createFollowUp(then(createdAt), actor(plan.by), {
      siteId,
      title: plan.title,
      body: plan.body,
      assignee:
        plan.assignee === "any"
          ? { kind: "any_social_worker" }
          : { kind: "person", accountId: actor(plan.assignee).accountId },
      dueOn: addDays(evening.session.date, plan.dueInDays),
      ...(code ? { visitorCode: code } : {}),
    });
    for (const comment of plan.comments ?? []) {
      const at = new Date(createdAt.getTime() + days(comment.afterDays));
      if (at < now) await followUps.addComment(then(at), actor(comment.by), created.id, comment.body);
    }
    if (plan.end) {
      const at = new Date(createdAt.getTime() + days(plan.end.afterDays));
      if (plan.end.status === "done") {
        await followUps.completeFollowUp(then(at), actor(plan.end.by), created.id, {
          outcome: plan.end.text,
        });
      } else {
        await followUps.dropFollowUp(then(at), actor(plan.end.by), created.id, plan.end.text);
      }
    }
  };

  let count = 0;
  const year = written.filter((w) => w.session.date < addDays(today, -30));
  for (const [i, plan] of PAST_FOLLOW_UPS.entries()) {
    const evening = year[Math.floor(((i + 0.5) / PAST_FOLLOW_UPS.length) * year.length)];
    if (evening) {
      await write(plan, evening);
      count++;
    }
  }
  // The open ones: written in the last two weeks, on women who come often (the handover expects them).
  const recent = written.filter((w) => w.session.date >= addDays(today, -14));
  for (const [i, plan] of OPEN_FOLLOW_UPS.entries()) {
    const evening =
      recent[Math.min(recent.length - 1, Math.floor((i / OPEN_FOLLOW_UPS.length) * recent.length))];
    if (evening) {
      await write(plan, evening);
      count++;
    }
  }

  for (const plan of MESSAGES) {
    const sentAt = new Date(now.getTime() - days(plan.daysAgo) - minutes(random.int(60, 600)));
    const message = await messages.sendMessage(then(sentAt), actor(plan.by), {
      siteId,
      audience: plan.audience,
      ...(plan.to ? { recipientId: actor(plan.to).accountId } : {}),
      body: plan.body,
      pinned: plan.pinned ?? false,
    });
    for (const reader of plan.readBy) {
      const readAt = new Date(sentAt.getTime() + minutes(random.int(30, 60 * 30)));
      if (readAt < now) await messages.markRead(then(readAt), actor(reader), message.id);
    }
  }
  return { followUps: count, messages: MESSAGES.length };
}

/** Multi-row inserts of at most 1000 rows (PostgreSQL takes at most 65535 parameters a statement). */
async function insertInChunks<T extends PgTable>(tx: Tx, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(table).values(rows.slice(i, i + 1000));
  }
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "RO";
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
