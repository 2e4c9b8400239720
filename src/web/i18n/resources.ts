import "i18next";
import type accounts from "../locales/en/accounts.json";
import type audit from "../locales/en/audit.json";
import type catalogue from "../locales/en/catalogue.json";
import type clinic from "../locales/en/clinic.json";
import type clinicQueue from "../locales/en/clinic-queue.json";
import type common from "../locales/en/common.json";
import type diary from "../locales/en/diary.json";
import type door from "../locales/en/door.json";
import type doorReport from "../locales/en/door-report.json";
import type followUps from "../locales/en/follow-ups.json";
import type handover from "../locales/en/handover.json";
import type messages from "../locales/en/messages.json";
import type roster from "../locales/en/roster.json";
import type sites from "../locales/en/sites.json";
import type visitors from "../locales/en/visitors.json";

// The English files are the reference: `t()` keys are checked against them at compile time, and a
// test checks that every other staff language has the same keys. A feature adds its namespace here.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    returnNull: false;
  }
  interface ResourceNamespaceMap {
    "follow-ups": typeof followUps;
    handover: typeof handover;
    messages: typeof messages;
    common: typeof common;
    accounts: typeof accounts;
    sites: typeof sites;
    roster: typeof roster;
    audit: typeof audit;
    catalogue: typeof catalogue;
    "door-report": typeof doorReport;
    visitors: typeof visitors;
    door: typeof door;
    diary: typeof diary;
    clinic: typeof clinic;
    "clinic-queue": typeof clinicQueue;
  }
}
