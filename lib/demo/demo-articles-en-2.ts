import type { DemoArticle } from "./demo-article-types";
import { bold, doc, h2, italic, link, orderedList, p } from "./rich-text-builders";

// Demo stories in English, part two: one more published story and three still
// moving through the newsroom's workflow. All people and organisations are invented.

export const SOLAR_PUMPS_EN: DemoArticle = {
  story: "solar-pumps",
  language: "en",
  status: "published",
  daysAgo: 9.3,
  views: 410,
  section: "environment",
  tags: ["agriculture", "climate"],
  bylines: ["provincesReporter", "reporter"],
  scene: "riceSolar",
  write: (d) => ({
    headline: "Battambang rice farmers try solar pumps to stretch a shrinking water supply",
    standfirst:
      "A cooperative shares 12 solar-powered pumps among 94 families. The early results are promising, but the loans that paid for them still worry some members.",
    imageAlt: "A solar panel on a pole above green rice fields, with a small pump pouring water into a channel and sugar palms behind.",
    imageCaption: `A solar panel powers an irrigation pump in rice fields belonging to members of the Anlong Run Farmers’ Cooperative in Battambang province on ${d.fullDate(-3)}.`,
    body: doc(
      p(
        "BATTAMBANG — For most of his life Yim Sarath watered his dry-season rice with a diesel pump that he hauled from field to field on the back of a motorbike. This year the pump stayed in his shed. In its place, a panel the size of a door tilts toward the sun above his paddy, driving a small electric pump that fills his channels from a pond.",
      ),
      p(
        "“Diesel was eating my harvest,” said Sarath, 47, who farms 1.8 hectares outside the provincial capital. “Some weeks I spent more on fuel than on fertiliser.”",
      ),
      p(
        "Sarath is one of 94 members of the Anlong Run Farmers’ Cooperative, which bought 12 solar pumps last year with a loan of $38,000 and a small grant from a rural development fund. Members book the pumps through a shared calendar kept by the cooperative’s secretary, and pay a fee of 20,000 riel, about $5, per day of use toward the loan.",
      ),
      h2("Less fuel, more planning"),
      p(
        "The cooperative’s records show members who used the solar pumps spent on average 62 per cent less on fuel during the last dry season than the year before. Yields were roughly unchanged, which the members count as a success in a year when the rains ended early.",
      ),
      p(
        "The savings depend on water being there to pump. Several ponds dried out weeks before harvest, and the cooperative had to ration bookings in the final month. “The sun is free; the water is not,” said cooperative chair Ouk Sitha. “We [the cooperative] are now talking about digging two shared ponds deeper before the next season.”",
      ),
      p(
        "Agronomist Touch Vichea, who has studied small-scale irrigation in the north-west, said solar pumps suit farmers who can plan their watering, because the pumps work best in the middle of the day. ",
        italic("Farmers used to running a diesel pump at night, when it is cooler, have to change their routine."),
      ),
      h2("The loan still hangs over them"),
      p(
        `Not all members are convinced. At a meeting on ${d.weekday(-5)}, several asked what would happen if fees did not cover the loan repayments, which run for four more years. The cooperative has repaid about a quarter of the loan so far.`,
      ),
      p(
        "“If the pumps break, we still owe the bank,” said Chan Thida, who farms with her husband and uses a pump two or three days a week. “I like the pump. I do not like owing money for it.”",
      ),
      p(
        "The cooperative says it keeps 10 per cent of every fee in a repair fund. Its members have published ",
        link("their accounts and booking rules", "https://example.org/anlong-run-cooperative"),
        " for other cooperatives considering the same step.",
      ),
    ),
  }),
};

export const PHOTO_CHECKS_EN: DemoArticle = {
  story: "photo-checks",
  language: "en",
  status: "scheduled",
  daysAgo: -2.6,
  section: "press-freedom",
  tags: ["verification"],
  bylines: ["editor"],
  scene: "printingPress",
  write: (d) => ({
    headline: "How we check a photograph before we publish it",
    standfirst:
      "Pictures travel faster than the facts about them. Our editors explain the five questions every image must answer before it appears in the Collective.",
    imageAlt: "The rollers of a printing press with a long sheet of paper running over them and a stack of printed sheets to one side.",
    imageCaption: `A press run in progress at a print shop in Phnom Penh on ${d.fullDate(-4)}.`,
    body: doc(
      p(
        "Every week readers send us pictures: a flooded road, a protest, a fire at a market. Most are genuine. Some are real photographs of a different place or a different year, shared again with a new story attached. A few have been altered.",
      ),
      p(
        `Because our members have been misled by such images before, we are publishing the checklist our desk uses. It takes effect for all contributors on ${d.date(0)}.`,
      ),
      h2("Five questions"),
      orderedList(
        [bold("Who took it? "), "We ask for the photographer’s name and speak to them, not only to the person who forwarded it."],
        [bold("Where? "), "We match landmarks, signs and the shape of roads against maps and our own earlier photographs of the place."],
        [bold("When? "), "We compare the weather, shadows and water levels with what was recorded on that day."],
        [bold("Has it appeared before? "), "We run a reverse image search to find earlier copies online."],
        [bold("What does it leave out? "), "We ask what lies just outside the frame, and whether a wider picture would tell a different story."],
      ),
      p(
        "“We [the desk] would rather publish a picture a day late than publish the wrong one on time,” said the Collective’s news editor. “A correction never travels as far as the original mistake.”",
      ),
      h2("Protecting the people who send pictures"),
      p(
        "Photographs taken on phones often carry hidden information, including the exact location where they were taken and the model and serial number of the phone. Our publishing system removes this information from every image when it is uploaded, so that it never reaches readers. We still ask contributors to tell us if a picture could put them or the people in it at risk.",
      ),
      p(
        "For readers who want to try these checks themselves, the ",
        link("Collective’s verification handbook", "https://example.org/verification-handbook"),
        " walks through each step with examples, in English and Khmer. Questions about a photograph we have published can be sent to our corrections desk, and we will answer every one.",
      ),
    ),
  }),
};

export const MICROFINANCE_EN: DemoArticle = {
  story: "microfinance-debt",
  language: "en",
  status: "changes_requested",
  daysAgo: 1,
  section: "economy",
  tags: ["microfinance", "labour"],
  bylines: ["labourReporter"],
  scene: "microfinance",
  write: (d) => ({
    headline: "Siem Reap borrowers juggle three loans as tourism jobs slowly return",
    standfirst:
      "A survey of 300 households around Siem Reap finds most borrowers owe more than one lender. Families describe borrowing from one to repay another.",
    imageAlt: "Three stacks of gold coins of different heights beside a ledger page with ruled lines.",
    imageCaption: `Coins and a loan ledger at a savings group meeting in Siem Reap province on ${d.fullDate(-3)}.`,
    workflowNote:
      "Strong story. Before it goes further we need the lender’s response to the interest figures in paragraph six and a second source for the land title claim. Please also check the sample size against the survey report itself.",
    body: doc(
      p(
        "SIEM REAP — When the hotel where she cleaned rooms closed for two years, Nget Sreymao borrowed $1,500 from a microfinance lender to open a noodle stall outside her house. When the stall could not cover the repayments, she borrowed $800 from a second lender. Last year she took a third loan, from a neighbour, to pay the first two.",
      ),
      p(
        "“Every month I move money from one pocket to another,” said Sreymao, 38, who went back to hotel work this year but earns less than before. “The stall feeds us. The hotel pays the banks.”",
      ),
      p(
        "Her situation is common, according to a survey of 300 households in three districts around Siem Reap carried out by Fair Credit Watch, a small research group that studies household debt. It found that 64 per cent of borrowing households owed money to more than one lender and that 41 per cent had borrowed at least once to make a repayment.",
      ),
      h2("Land titles as collateral"),
      p(
        "Nearly half of the households surveyed said they had handed over a land title as security for a loan. Several families told the Collective they had been urged to sell land when repayments fell behind.",
      ),
      p(
        "“We [the savings group] try to catch people before the second loan,” said Pen Sovann, who runs a village savings group that meets in a pagoda outside the city. “After the third loan, there is not much we can do.”",
      ),
      p(
        `Interest rates on the loans reported in the survey ranged from 1.2 to 1.5 per cent a month. Angkor Harvest Credit, the lender named most often by respondents, had not responded to written questions sent on ${d.weekday(-2)} by the time of writing.`,
      ),
      p(
        "Tourist arrivals in Siem Reap have recovered steadily, but many workers have returned to jobs with fewer hours or lower pay. For families like Sreymao’s, the debts taken on in the lean years remain. She hopes to have repaid the neighbour by the end of the year. The two lenders will take longer.",
      ),
    ),
  }),
};
