import type { DemoArticle } from "./demo-article-types";
import { blockquote, bulletList, doc, h2, link, p, pullQuote } from "./rich-text-builders";

// Demo stories in English, part one. Every person, village, station, company
// and organisation quoted here is invented; provinces and the lake are real.

export const TONLE_SAP_CATCH_EN: DemoArticle = {
  story: "tonle-sap-catch",
  language: "en",
  status: "published",
  daysAgo: 1.3,
  views: 1840,
  section: "environment",
  tags: ["tonleSap", "fisheries", "climate"],
  bylines: ["reporter"],
  scene: "riverDusk",
  write: (d) => ({
    headline: "Tonle Sap fishers haul in less as the lake’s flood pulse weakens",
    standfirst:
      "In a floating village in Kampong Chhnang, families say their nets come up lighter every season. A new survey by a fishers’ network puts numbers to what they have been seeing.",
    imageAlt: "A fisherman stands in a long wooden boat on a lake at sunset, with stilt houses and sugar palms on the far shore.",
    imageCaption: `A fisherman steers his boat home past floating houses on the Tonle Sap in Kampong Chhnang province on ${d.fullDate(-2)}.`,
    body: doc(
      p(
        `PREK SRAMOCH, Kampong Chhnang — Before dawn on ${d.weekday(-2)}, Chhoeun Sokha steered his wooden boat out past the last of the floating houses and pulled in a net he had set the evening before. It held a little under 4 kilograms of fish, most of them no longer than his finger.`,
      ),
      p(
        "“Ten years ago this net would give me 15 kilos on a bad morning,” said Sokha, 52, who has fished this stretch of the Tonle Sap since he was a teenager. “Now 15 kilos is a good week.”",
      ),
      p(
        `His account matches a survey released on ${d.date(-4)} by the Lake Fishers’ Mutual Aid Network, which brings together 41 community fisheries around the lake. The network interviewed 612 households in four provinces and found that the average daily catch they reported for the main fishing season had fallen by 38 per cent since 2019.`,
      ),
      h2("A lake that breathes"),
      p(
        "Each rainy season the Mekong rises and pushes water back up the Tonle Sap river, swelling the lake to several times its dry-season size. Fish spawn in the flooded forest at its edges, which serves as a nursery for their young. In years with a weak flood, that forest covers a smaller area and stays under water for fewer weeks.",
      ),
      p(
        "“The lake is not being emptied by one thing,” said Lim Sreymom, a fisheries ecologist who advised the network on its survey. “Lower floods, the loss of flooded forest and illegal fine-mesh nets all push in the same direction. Fishers feel the sum of them.”",
      ),
      blockquote([
        "Households that depended on fishing for more than half of their income in 2019 now depend on it for less than a third. Many have added wage work, small plots of vegetables or migration to Thailand to make ends meet.",
      ]),
      p("The survey’s summary, above, describes a shift that is easy to see in Prek Sramoch, where several houses now stand empty for most of the year."),
      p(
        "“We [the community fisheries] patrol our own areas at night now, with our own fuel,” said Keo Sambath, who chairs the village’s fisheries committee. “When we catch people using electric shock gear we hand them to the fisheries officers, but they are often back within a week.”",
      ),
      p(
        "An officer at the provincial fisheries administration, who asked not to be named because he was not authorised to speak to the press, said patrols had confiscated more than 1,200 illegal nets and 86 electrofishing devices in the province over the past 12 months.",
      ),
      h2("Looking for other work"),
      p(
        "For Sokha’s family the change has already arrived. His eldest daughter left for a garment factory in Phnom Penh two years ago; his son works on building sites in Bangkok and sends home about 1.5 million riel, around $370, a month.",
      ),
      p(
        "“The lake raised all of us,” Sokha said, nodding toward the houses rocking gently on their bamboo rafts. “I do not know if it will raise my grandchildren.”",
      ),
      p("The network has published ", link("its full survey", "https://example.org/lake-fishers-survey"), " in Khmer and English."),
    ),
  }),
};

export const RADIO_RETURNS_EN: DemoArticle = {
  story: "radio-returns",
  language: "en",
  status: "published",
  daysAgo: 3.6,
  views: 1320,
  section: "press-freedom",
  tags: ["communityRadio", "licensing"],
  bylines: ["admin", "reporter"],
  scene: "radioMic",
  write: (d) => ({
    headline: "Community station Bopha Tonle FM back on air after six-week licence standoff",
    standfirst:
      "The Kampong Cham station fell silent when its licence renewal stalled over a new paperwork demand. Listeners and press groups welcomed its return but say the rules for small broadcasters are still unclear.",
    imageAlt: "A studio microphone on a stand in front of a dark blue background, with circles rippling out from it and a red on-air light.",
    imageCaption: `The microphone in Bopha Tonle FM’s studio in Kampong Cham, which went back on air on ${d.fullDate(-1)} after six weeks of silence.`,
    correction: {
      kind: "correction",
      text: "An earlier version of this article said Bopha Tonle FM reaches about 200,000 listeners. The station estimates its audience at about 120,000.",
    },
    body: doc(
      p(
        `KAMPONG CHAM — Bopha Tonle FM, a community station that broadcasts farming advice, local news and call-in shows along the Mekong in Kampong Cham province, returned to the air at 6 a.m. on ${d.weekday(-1)} after six weeks of silence.`,
      ),
      p(
        `The station stopped broadcasting on ${d.date(-43)}, when its annual licence expired before a renewal was approved. Station manager Sok Chanrith said the provincial information department had asked for a revised transmitter safety certificate that had not been required in previous years.`,
      ),
      p(
        "“We [the station] filed every document we were asked for, twice,” Chanrith said in the station’s studio, a converted room above a motorbike repair shop. “Nobody told us we had done anything wrong. We simply could not get an answer.”",
      ),
      p(
        `The renewal was signed on ${d.date(-2)}, according to a copy of the licence seen by the Collective. Nhem Sarun, an official at the provincial department, said the delay had been administrative.`,
      ),
      p(
        "“There was no decision to close any station,” he said by phone. “When the documents were complete, the licence was renewed.” He did not say why the safety certificate had been requested this year.",
      ),
      h2("Listeners noticed"),
      p(
        "The station estimates that it reaches about 120,000 listeners in six districts. During the silence its morning presenter kept posting recorded segments online, but many of its most loyal callers are older farmers without smartphones.",
      ),
      p(
        "“My mother listens every morning while she cooks,” said Pov Sreyleak, a 31-year-old teacher in Kang Meas district. “For six weeks the radio played only static. She kept asking me whether the station had closed for good.”",
      ),
      p(
        "Press groups, including the Cambodian Press Collective, which publishes this site, called in a joint statement for a written checklist for licence renewals and a fixed deadline of 30 days for decisions. The statement said:",
      ),
      blockquote([
        "Small broadcasters need rules they can read in advance and deadlines that officials keep. A licence should not lapse because a form was lost between two desks.",
      ]),
      p(
        "Chanrith said the station had lost about $1,100 in sponsorship during the six weeks, a large sum for an operation with four paid staff and a dozen volunteers. He has already started on next year’s renewal, he said, “so that this never happens to us again.”",
      ),
    ),
  }),
};

export const COMMUNE_BUDGET_EN: DemoArticle = {
  story: "commune-budget",
  language: "en",
  status: "published",
  daysAgo: 5.2,
  views: 640,
  section: "politics",
  tags: ["localGovernment", "budgets"],
  bylines: ["provincesReporter"],
  scene: "communeHall",
  write: (d) => ({
    headline: "Takeo commune opens its budget to residents’ comments for the first time",
    standfirst:
      "Trapeang Chhuk posted its draft spending plan on the pagoda notice board and in a village chat group. Residents asked for a road, a well, streetlights and a list of who gets help.",
    imageAlt: "An open-sided hall with a tiered red roof and rows of blue chairs, between two sugar palms on a sunny day.",
    imageCaption: `Residents gather in the pagoda hall in Trapeang Chhuk commune, Takeo province, for a public meeting on the draft commune budget on ${d.fullDate(-1)}.`,
    body: doc(
      p(
        "TRAPEANG CHHUK, Takeo — For three weeks, a printed copy of the commune’s draft budget for next year hung in a plastic sleeve on the notice board at the village pagoda, next to funeral announcements and a poster about dengue fever.",
      ),
      p(
        `It was the first time the council had asked residents to comment before a plan was adopted, commune chief Chhay Bunthoeun told a public meeting on ${d.weekday(-1)} that drew about 140 people to the pagoda’s dining hall.`,
      ),
      p(
        "“Before, people only saw the budget when the road was already built, or not built,” Bunthoeun said. “We [the council] want them to argue with us earlier, while it is still cheap to change our minds.”",
      ),
      p(
        "The draft totals 412 million riel, about $101,000, most of it from the national commune fund. Roughly 60 per cent is set aside for roads and other works, 15 per cent for health and education and the rest for administration.",
      ),
      h2("What residents asked for"),
      p("Council clerks said they received 87 written comments, most dropped into a box at the pagoda. The most common requests were:"),
      bulletList(
        ["repairing the 2.3-kilometre laterite road to the secondary school, which floods every rainy season;"],
        ["a deep well for the 36 households on the village’s northern edge, who buy water by the barrel in the dry season;"],
        ["solar streetlights at the market junction, where two motorbike crashes happened this year;"],
        ["a published record of how the commune’s small grants for vulnerable families are spent."],
      ),
      p(
        "The last request drew applause. “We do not want the names of poor families on a wall,” said Mao Sophal, a rice farmer and mother of three. “But we want to know the money reached someone. A number, at least.”",
      ),
      p(
        `Bunthoeun said the council would publish totals by village but not names, and would move 18 million riel from office equipment to the road repair. The final budget is due to be adopted on ${d.date(9)}.`,
      ),
      p(
        "Open budgeting is encouraged in national guidance on decentralisation, but few councils go further than posting the adopted plan, said Ros Malis of the Local Accountability Forum, a group that trains commune councillors.",
      ),
      p(
        "“What Trapeang Chhuk did costs almost nothing,” she said. “A printer, a notice board, a box and a meeting. The hard part is being ready to hear criticism.” The forum publishes ",
        link("a short guide for councils", "https://example.org/open-commune-budgets"),
        " that wish to do the same.",
      ),
    ),
  }),
};

export const GARMENT_OVERTIME_EN: DemoArticle = {
  story: "garment-overtime",
  language: "en",
  status: "published",
  daysAgo: 7.1,
  views: 980,
  section: "economy",
  tags: ["garmentIndustry", "labour"],
  bylines: ["labourReporter"],
  scene: "factoryDawn",
  write: (d) => ({
    headline: "Kandal garment workers weigh an overtime deal that trades pay for shorter days",
    standfirst: "Golden Loom Apparel says falling orders leave it no choice. The union says workers should not have to choose between an evening off and the rent.",
    imageAlt: "The sawtooth roof of a long factory building at sunrise, with a small group of workers waiting at its gate.",
    imageCaption: `Workers wait at the gate of a garment factory on the outskirts of Ta Khmau, Kandal province, before the morning shift on ${d.fullDate(-1)}.`,
    correction: {
      kind: "clarification",
      text: "This article has been clarified to say that the higher premium in the proposal applies only to Sunday and public holiday shifts; weekday overtime would still be paid at 150 per cent.",
    },
    body: doc(
      p(
        `KANDAL — Workers at Golden Loom Apparel, which employs about 2,300 people making sportswear on the outskirts of Ta Khmau, have until ${d.date(5)} to vote on a proposal that would cut weekday overtime but raise the premium paid for Sunday and public holiday shifts.`,
      ),
      p(
        "Under the plan, the factory would cap weekday overtime at one hour a day, down from two, which would still be paid at 150 per cent of the normal rate. Sunday and holiday shifts would be paid double, up from 150 per cent. Management says the change would keep the factory running through a slow season without layoffs.",
      ),
      p(
        "“Orders from two of our European buyers are down by about a quarter,” said Lay Kimheng, the factory’s human resources manager. “We prefer to share fewer hours among everyone than to let 300 people go.”",
      ),
      p(
        "The Kandal Garment Workers’ Federation, which represents about 900 of the factory’s staff, estimates the plan would cut monthly take-home pay for most workers by between $25 and $40, against a sector minimum wage of just over $200.",
      ),
      pullQuote("“Overtime is not extra money for us. It is the rent.”"),
      p(
        "“Overtime is not extra money for us. It is the rent,” said Sim Dalin, 29, a sewing line leader who has worked at the factory for seven years. She shares a rented room near the factory with two colleagues and sends about $80 a month to her parents in Prey Veng.",
      ),
      h2("A vote, then a review"),
      p(
        "Federation president Hout Piseth said the union would not campaign for either result but had asked for three changes: a written promise of no layoffs for 12 months, a review of the arrangement after 90 days, and transport allowances kept at their current level.",
      ),
      p(
        "“We [the federation] are not against a deal,” Piseth said. “We are against a deal that workers read for the first time on the day they vote.”",
      ),
      p(
        `Kimheng said on ${d.weekday(-1)} that the company had accepted the 90-day review and was “discussing” the other two points. The union said the result of the vote would be posted at the factory gate and read out over the public address system on each shift.`,
      ),
      p(
        "Similar arrangements have been tried at several factories around Phnom Penh as orders have slowed, said labour researcher Chea Monyrath, with mixed results. “Where workers saw the numbers early and there was a date to review it, they mostly held,” he said. “Where the deal arrived as a notice on the wall, they did not.”",
      ),
    ),
  }),
};
