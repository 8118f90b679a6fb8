import type { Language } from "../../db/schema";
import { DEMO_ACCOUNTS } from "./demo-accounts";

// Everything here is invented for the demo: the association, its people and
// the organisations they report on.

export const DEMO_PUBLICATION: {
  name: string;
  nameKm: string;
  tagline: string;
  taglineKm: string;
  languages: Language[];
  defaultLanguage: Language;
  timezone: string;
} = {
  name: "Cambodian Press Collective",
  nameKm: "សមូហភាពសារព័ត៌មានកម្ពុជា",
  tagline: "Independent reporting from Cambodia, in English and Khmer",
  taglineKm: "ការរាយការណ៍ឯករាជ្យពីកម្ពុជា ជាភាសាអង់គ្លេស និងភាសាខ្មែរ",
  languages: ["en", "km"],
  defaultLanguage: "en",
  timezone: "Asia/Phnom_Penh",
};

export const DEMO_SECTIONS = [
  { key: "politics", name: "Politics", nameKm: "នយោបាយ", description: "Parliament, local councils and how public money is spent." },
  { key: "economy", name: "Economy", nameKm: "សេដ្ឋកិច្ច", description: "Work, wages, debt and the businesses that shape them." },
  { key: "environment", name: "Environment", nameKm: "បរិស្ថាន", description: "Rivers, forests, farming and a changing climate." },
  { key: "press-freedom", name: "Press Freedom", nameKm: "សេរីភាពសារព័ត៌មាន", description: "The state of journalism and the right to report." },
  { key: "society", name: "Society", nameKm: "សង្គម", description: "Education, health and community life." },
] as const;

export type DemoSectionKey = (typeof DEMO_SECTIONS)[number]["key"];

// Tags carry one name; Khmer stories get Khmer tags of their own.
export const DEMO_TAGS = {
  tonleSap: "Tonle Sap",
  fisheries: "Fisheries",
  communityRadio: "Community radio",
  licensing: "Licensing",
  localGovernment: "Local government",
  budgets: "Public budgets",
  garmentIndustry: "Garment industry",
  labour: "Labour",
  agriculture: "Agriculture",
  climate: "Climate",
  verification: "Verification",
  microfinance: "Microfinance",
  tonleSapKm: "ទន្លេសាប",
  communityRadioKm: "វិទ្យុសហគមន៍",
  womenInMediaKm: "ស្ត្រីក្នុងវិស័យសារព័ត៌មាន",
  communeBudgetKm: "ថវិកាឃុំ",
  readingKm: "វប្បធម៌អំណាន",
} as const;

export type DemoTagKey = keyof typeof DEMO_TAGS;

export type DemoPersonKey = "reporter" | "editor" | "admin" | "labourReporter" | "provincesReporter";

export type DemoPerson = {
  key: DemoPersonKey;
  role: "reporter" | "editor" | "admin";
  name: string;
  email: string;
  /** Null for colleagues who only appear in bylines: a random password is set and never shown. */
  password: string | null;
  bio: string;
};

function account(role: "reporter" | "editor" | "admin") {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`DEMO_ACCOUNTS has no ${role}`);
  return found;
}

export function demoPeople(): DemoPerson[] {
  const reporter = account("reporter");
  const editor = account("editor");
  const admin = account("admin");
  return [
    {
      key: "reporter",
      ...reporter,
      bio: `${reporter.name} covers the environment and rural livelihoods, from Phnom Penh and the provinces around the Tonle Sap. Before joining the Collective she spent four years at a community radio station.`,
    },
    {
      key: "editor",
      ...editor,
      bio: `${editor.name} is the Collective's news editor. He has edited English and Khmer copy for more than a decade and runs the newsroom's verification desk.`,
    },
    {
      key: "admin",
      ...admin,
      bio: `${admin.name} looks after the Collective's publishing systems and membership, and writes now and then about press freedom and digital safety.`,
    },
    {
      key: "labourReporter",
      role: "reporter",
      name: "Chanthou Meas",
      email: "chanthou.meas@masthead.test",
      password: null,
      bio: "Chanthou Meas reports on labour and the economy, with a focus on garment workers and household debt. She writes in Khmer and English.",
    },
    {
      key: "provincesReporter",
      role: "reporter",
      name: "Rithy Nhem",
      email: "rithy.nhem@masthead.test",
      password: null,
      bio: "Rithy Nhem covers local government and farming from Battambang. He taught secondary-school mathematics for six years before turning to journalism.",
    },
  ];
}
