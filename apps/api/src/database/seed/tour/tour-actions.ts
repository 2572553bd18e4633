import type { BodyKind, ReturnStatus } from '@steerline/contracts';

const ELDERLY = 'Elderly people reliant on state support';
const OWNER_OCCUPIERS = 'Owner occupiers in older-style housing in ex-industrial areas';
const FAMILIES = 'Families in low-rise social housing with high levels of benefit need';
const YOUNG_RENTERS = 'Young people renting flats in high density social housing';
const LOWER_INCOME = 'Lower income workers in urban terraces in often diverse areas';
const CITY_DWELLERS = 'Young, well-educated city dwellers';
const STARTER_HOMES = 'Couples and young singles in small modern starter homes';

const PAT = 'partner@steerline.example';
const WREN = 'working@steerline.example';
const BOLA = 'board@steerline.example';
const LESLEY = 'leader@steerline.example';
const GRACE = 'grace.mills@steerline.example';
const OWEN = 'owen.price@steerline.example';
const SAM = 'sam.hollis@steerline.example';
const NADIA = 'nadia.begum@steerline.example';
const PRIYA = 'priya.shah@steerline.example';
const TOM = 'tom.reid@steerline.example';

/** What went wrong, and what is being done: the reason every amber or red rating carries. */
export interface TourIssue {
  problem: string;
  corrective: string;
}

/**
 * One action of the tour. `story` is its rating month by month over the last 18 months, oldest first, one letter a
 * month: G, A, R a progress update with that RAG rating, B the update that completed it, `-` a month without an
 * update (still in progress), `.` not started yet or finished. `start`, `due` and `cancelled.month` are months from
 * this one; milestone dates are days from today.
 */
export interface TourAction {
  title: string;
  description: string;
  priority: number;
  owner: string;
  body: BodyKind;
  partners: string[];
  segments: string[];
  start: number;
  due: number;
  story: string;
  percent: number;
  notes: string[];
  amber?: TourIssue;
  red?: TourIssue;
  /** Months the revised date of an amber or red rating is after the due date. */
  slip?: number;
  completed?: string;
  cancelled?: { month: number; reason: string };
  /** No update since the story's last letter: it shows as needing an update. */
  stale?: boolean;
  milestones: { title: string; due: number; done?: number }[];
  measures: { name: string; unit: string; target: number; now: number }[];
  /** Its return in the open review cycle (not_started: missing). */
  openReturn: ReturnStatus;
}

/** The digital inclusion action plan: DI-001 to DI-003 are the three actions of the minimal demo, the rest follow. */
export const TOUR_ACTIONS: TourAction[] = [
  {
    title: 'Get online Tuesdays at The Forum',
    description:
      'A monthly all-day digital drop-in at The Forum, run with Barclays Digital Eagles and the library service, where people get help with any digital question or problem.',
    priority: 1, owner: PAT, body: 'external_steering_group', partners: ['Barclays Digital Eagles', 'The library service', 'The Forum'],
    segments: [ELDERLY, OWNER_OCCUPIERS], start: -18, due: 6, story: 'GGGGGGGGAAGGGGGGGG', percent: 70,
    notes: [
      'Busy session: 52 people helped, most with NHS app sign-ups and online banking.',
      'Steady attendance; the Digital Eagles ran a scam-awareness corner that drew a queue.',
      'Library staff booked follow-up one-to-ones for eight people who needed more time.',
      'Good mix of new and returning visitors; feedback cards average 4.7 out of 5.',
    ],
    amber: {
      problem: 'Fewer Digital Eagles volunteers over the summer: two sessions ran with one helper and people waited over an hour.',
      corrective: 'The library service lends two staff to each session until September and Barclays is recruiting four new volunteers.',
    },
    milestones: [
      { title: "First year's evaluation reported to the board", due: -60, done: -64 },
      { title: 'Volunteer rota agreed for the spring sessions', due: 18 },
      { title: "Second year's evaluation", due: 150 },
    ],
    measures: [
      { name: 'People helped at the drop-ins', unit: 'people', target: 900, now: 805 },
      { name: 'Sessions held', unit: 'sessions', target: 24, now: 18 },
    ],
    openReturn: 'draft',
  },
  {
    title: 'Inline for online card',
    description:
      'A card that signposts customers to the most appropriate support for accessing online services; participating organisations sign up to shared protocols.',
    priority: 6, owner: WREN, body: 'internal_working_group', partners: ['Citizens Online', 'The library service', 'Barclays Digital Eagles'],
    segments: [FAMILIES, LOWER_INCOME], start: -14, due: 3, story: '....GGGGGAAAAAAAAA', percent: 55, slip: 2,
    notes: [
      'Card wording tested with customers at the customer centre; plain-English changes made.',
      'Citizens Online mapped the support each partner offers, for the back of the card.',
      'Design agreed with the partners; the protocols went out for signature.',
    ],
    amber: {
      problem: "Only 6 of the 15 partner organisations have signed the shared protocols; three are waiting for their trustees' meetings.",
      corrective: 'Launch the card with the signed partners in the city centre first and add the others as they sign; the steering group chases each one monthly.',
    },
    milestones: [
      { title: 'Card design agreed with partners', due: -200, done: -205 },
      { title: 'Protocols signed by all partners', due: -30 },
      { title: 'Cards printed and given out at every access point', due: 40 },
    ],
    measures: [{ name: 'Organisations signed up to the protocols', unit: 'organisations', target: 15, now: 6 }],
    openReturn: 'sent_back',
  },
  {
    title: 'Digital training for the most digitally excluded groups',
    description: 'Work with partners to deliver digital training to the groups within the city who are the most digitally excluded.',
    priority: 2, owner: BOLA, body: 'channel_shift_board', partners: ['Citizens Online', 'The library service'],
    segments: [ELDERLY, YOUNG_RENTERS], start: 1, due: 10, story: '..................', percent: 0, notes: [],
    milestones: [
      { title: 'Training partners and venues confirmed', due: 21 },
      { title: 'First course starts', due: 45 },
    ],
    measures: [{ name: 'People completing a course', unit: 'people', target: 250, now: 0 }],
    openReturn: 'not_started',
  },
  {
    title: 'Directory of free digital access points',
    description: 'One reference point listing every place in the city where people can get online or get help, with opening times and the support on offer.',
    priority: 1, owner: TOM, body: 'external_steering_group', partners: ['The library service', 'The Forum', 'Citizens Online'],
    segments: [ELDERLY, OWNER_OCCUPIERS], start: -16, due: 1, story: '..GGGGGAAAGGGGGGGG', percent: 85,
    notes: [
      'Surveyed another six community venues; 34 access points now listed.',
      'Opening times checked with every library branch.',
      'Partners sent corrections for their sites; the list is up to date.',
    ],
    amber: {
      problem: "The website team could not publish the directory until the new site's content types were ready.",
      corrective: 'Publish it as a downloadable list now and move it to the new site in the spring.',
    },
    milestones: [
      { title: 'Survey of access points completed', due: -300, done: -296 },
      { title: 'Directory published on the council website', due: -20 },
      { title: 'Printed map for libraries', due: 30 },
    ],
    measures: [{ name: 'Access points listed', unit: 'access points', target: 40, now: 36 }],
    openReturn: 'accepted',
  },
  {
    title: 'Free public wifi in community centres',
    description: 'Free wifi, with a help point, in the nine council-run community centres.',
    priority: 1, owner: BOLA, body: 'channel_shift_board', partners: [], segments: [YOUNG_RENTERS, LOWER_INCOME],
    start: -18, due: -1, story: 'GGRRRAAGGGGGGGAAAA', percent: 90, slip: 3,
    notes: ['Five centres connected; usage logs show 300 sessions a week.', 'Help-point cards put up in every connected centre.', 'Supplier installation back on plan.'],
    red: {
      problem: 'The supplier cannot install in four of the nine centres before its contract ends.',
      corrective: 'The board is asked to agree a three-month extension of the contract (escalated).',
    },
    amber: {
      problem: 'Two of the nine centres still have no wifi: building works at the Vauxhall and Norman centres.',
      corrective: 'Install as soon as the works finish; a mobile hotspot is lent to each centre meanwhile.',
    },
    milestones: [
      { title: 'Installation in the first five centres', due: -420, done: -415 },
      { title: 'All nine centres connected', due: -35 },
    ],
    measures: [{ name: 'Community centres with free wifi', unit: 'centres', target: 9, now: 7 }],
    openReturn: 'submitted',
  },
  {
    title: 'Get online in Norwich awareness campaign',
    description: 'Leaflets, library events, local radio and social media telling residents where free help and access are.',
    priority: 1, owner: NADIA, body: 'internal_working_group', partners: ['The library service', 'The Forum'],
    segments: [ELDERLY, OWNER_OCCUPIERS, FAMILIES], start: -12, due: -4, story: '......GGGGGGGB....', percent: 100,
    notes: ['Leaflet sent with the council tax bills.', 'Library events booked in all branches.', 'Radio Norfolk feature recorded.'],
    completed: 'Campaign finished: leaflets to 40,000 households, 18 library events and a radio feature.',
    milestones: [
      { title: 'Leaflet printed', due: -280, done: -282 },
      { title: 'Campaign evaluation', due: -140, done: -138 },
    ],
    measures: [{ name: 'Households reached', unit: 'households', target: 40000, now: 41200 }],
    openReturn: 'accepted',
  },
  {
    title: 'Device lending scheme for social housing tenants',
    description: 'Tablets with data lent for three months to council tenants who have no device at home, with set-up help from library staff.',
    priority: 2, owner: WREN, body: 'internal_working_group', partners: ['Citizens Online', 'The library service'],
    segments: [FAMILIES, YOUNG_RENTERS], start: -12, due: 5, story: '......GGGAARRAAAGG', percent: 50,
    notes: ['First 60 tablets issued through the housing officers.', 'Set-up sessions running at three libraries.', 'Returns chased with the new reminder texts; all back on time this month.'],
    amber: {
      problem: 'Insurance for lent devices costs £3,200 a year more than budgeted.',
      corrective: 'The board agreed to cover the insurance from the channel shift reserve for the first year.',
    },
    red: {
      problem: 'Lending paused: 14 of the first 60 tablets were not returned and the scheme had no insurance cover.',
      corrective: "The library service takes over returns with reminder texts; insurance quote from the council's broker.",
    },
    milestones: [
      { title: 'First 60 tablets issued', due: -300, done: -298 },
      { title: 'Second batch of 90 devices', due: 60 },
    ],
    measures: [{ name: 'Devices on loan', unit: 'devices', target: 150, now: 85 }],
    openReturn: 'submitted',
  },
  {
    title: 'Assisted digital support at the customer contact centre',
    description: 'Staff help customers at the customer centre and on the phone to use the online services themselves.',
    priority: 2, owner: NADIA, body: 'internal_working_group', partners: [], segments: [ELDERLY, LOWER_INCOME],
    start: -15, due: 9, story: '...GGGGGGGGGGGGGGG', percent: 65,
    notes: ['Two assisted digital booths open at the customer centre.', 'Phone staff trained to walk callers through the online forms.', '140 customers helped this month.'],
    milestones: [
      { title: 'Two assisted digital booths in the customer centre', due: -330, done: -333 },
      { title: 'Script for helping phone customers online', due: 12 },
    ],
    measures: [{ name: 'Customers helped to use online services', unit: 'customers', target: 2400, now: 1650 }],
    openReturn: 'draft',
  },
  {
    title: 'Digital skills sessions in sheltered housing schemes',
    description: 'Weekly sessions in the six sheltered housing schemes, run by Citizens Online volunteers and Digital Eagles.',
    priority: 2, owner: PRIYA, body: 'external_steering_group', partners: ['Citizens Online', 'Barclays Digital Eagles'],
    segments: [ELDERLY], start: -10, due: 8, story: '........GGGGGGAAAA', percent: 35,
    notes: ['Sessions started in four schemes.', 'Residents asked for video-calling help most; a session planned on it.', 'Attendance steady at around 12 a session.'],
    amber: {
      problem: 'The housing provider will not let volunteers into two schemes without DBS checks.',
      corrective: 'Sessions continue in the four other schemes; the board is asked to fund checks for 12 volunteers (escalated).',
    },
    milestones: [{ title: 'Sessions running in all six schemes', due: -10 }],
    measures: [{ name: 'Residents attending', unit: 'residents', target: 200, now: 74 }],
    openReturn: 'submitted',
  },
  {
    title: 'Home visits for housebound residents',
    description: "The library's home service volunteers help housebound residents get online on their own devices.",
    priority: 2, owner: TOM, body: 'external_steering_group', partners: ['The library service'], segments: [ELDERLY],
    start: -8, due: 10, story: '..........GGGGG---', percent: 30, stale: true,
    notes: ['Eight volunteers trained for home visits.', 'First 12 visits made.', 'Referrals coming from adult social care.'],
    milestones: [{ title: 'Volunteers trained for home visits', due: -100, done: -104 }],
    measures: [{ name: 'Home visits made', unit: 'visits', target: 120, now: 31 }],
    openReturn: 'not_started',
  },
  {
    title: 'Bid to the National Lottery Community Fund',
    description: 'A bid for two years of funding for device lending and training in the most excluded neighbourhoods.',
    priority: 3, owner: GRACE, body: 'leadership_team', partners: ['Citizens Online'], segments: [FAMILIES, YOUNG_RENTERS, ELDERLY],
    start: -17, due: -8, story: '.GGAAAAGGB........', percent: 100,
    notes: ['Expression of interest accepted by the fund.', 'Partners wrote their parts of the bid.'],
    amber: {
      problem: "The bid needs a letter committing the council's match funding before the fund's deadline.",
      corrective: 'The board is asked to agree officer time as match funding (escalated); the letter is drafted.',
    },
    completed: 'Bid submitted on time; £48,500 awarded over two years for device lending and training.',
    milestones: [
      { title: 'Expression of interest', due: -490, done: -492 },
      { title: 'Full bid submitted', due: -290, done: -291 },
    ],
    measures: [{ name: 'Funding secured', unit: '£', target: 45000, now: 48500 }],
    openReturn: 'accepted',
  },
  {
    title: 'Register of digital inclusion funding opportunities',
    description: 'A shared register of grants and schemes that could fund the strategy, with deadlines and who is bidding.',
    priority: 3, owner: LESLEY, body: 'leadership_team', partners: ['Citizens Online'], segments: [],
    start: -13, due: 11, story: '.....GGGGGGGGGGGGG', percent: 55,
    notes: ['Three new opportunities added.', 'Register reviewed with the steering group.', 'Deadlines for the next quarter circulated.'],
    milestones: [
      { title: 'Register shared with the steering group', due: -350, done: -352 },
      { title: 'Quarterly review of the register', due: 25 },
    ],
    measures: [{ name: 'Funding opportunities assessed', unit: 'opportunities', target: 30, now: 19 }],
    openReturn: 'submitted',
  },
  {
    title: 'Corporate sponsorship for refurbished laptops',
    description: 'Local employers donate used laptops, refurbished by a social enterprise, for residents who have no device.',
    priority: 3, owner: OWEN, body: 'channel_shift_board', partners: ['Barclays Digital Eagles'], segments: [YOUNG_RENTERS, LOWER_INCOME],
    start: -9, due: 4, story: '.........GGGGGGARR', percent: 25,
    notes: ['Two employers pledged 40 laptops.', 'Refurbishment partner chosen.', 'Data-wiping standard agreed with IT.'],
    amber: {
      problem: 'The main sponsor has delayed its decision to the end of its financial year.',
      corrective: 'Approach two other local employers in parallel.',
    },
    red: {
      problem: 'The main sponsor withdrew its offer of 200 laptops.',
      corrective: 'The board is asked to fund 60 refurbished laptops from the channel shift reserve (escalated, under review).',
    },
    milestones: [{ title: 'Sponsorship agreement signed', due: -40 }],
    measures: [{ name: 'Laptops pledged', unit: 'laptops', target: 200, now: 40 }],
    openReturn: 'draft',
  },
  {
    title: 'Match funding for the digital champions programme',
    description: 'Find match funding so the digital champions programme can run for a second year.',
    priority: 3, owner: LESLEY, body: 'leadership_team', partners: [], segments: [],
    start: -13, due: -1, story: '.....GGGA.........', percent: 20,
    notes: ['Two funders approached.', 'Costs of a second year agreed with HR.'],
    amber: { problem: 'Neither funder funds staff training.', corrective: 'Ask for the programme to be funded from the council budget instead.' },
    cancelled: { month: -9, reason: "Superseded: the council's budget now funds the digital champions programme (see DI-019)." },
    milestones: [],
    measures: [],
    openReturn: 'not_started',
  },
  {
    title: 'Responsive redesign of the council website',
    description: "Rebuild the council's website so it works on any phone, tablet or computer, with content rewritten in plain English.",
    priority: 4, owner: SAM, body: 'internal_working_group', partners: [], segments: [CITY_DWELLERS, STARTER_HOMES],
    start: -18, due: -1, story: 'GGGGGGGGGGAAAAAAAA', percent: 70, slip: 3,
    notes: ['Design system approved.', 'Beta site tested with 40 residents.', 'Bin collection and council tax sections migrated.'],
    amber: {
      problem: 'Content migration is behind: 420 of 1,200 pages still need rewriting in plain English.',
      corrective: "The board agreed to launch in two stages, the top 20 services' pages first.",
    },
    milestones: [
      { title: 'New design system approved', due: -400, done: -402 },
      { title: 'Beta site live', due: -45, done: -30 },
      { title: 'Full launch of the new website', due: 90 },
    ],
    measures: [{ name: 'Pages migrated to the new site', unit: 'pages', target: 1200, now: 780 }],
    openReturn: 'submitted',
  },
  {
    title: 'Online forms for the top 20 council services',
    description: 'Replace paper and PDF forms with online forms for the 20 services customers use most.',
    priority: 4, owner: SAM, body: 'internal_working_group', partners: [], segments: [CITY_DWELLERS, STARTER_HOMES, LOWER_INCOME],
    start: -15, due: 6, story: '...GGGGGGGGGGGGGGG', percent: 65,
    notes: ['Council tax discount forms live.', 'Garden waste sign-up moved online.', 'Parking permit renewals online.'],
    milestones: [
      { title: 'Council tax forms online', due: -250, done: -252 },
      { title: 'Housing repairs form online', due: 8 },
    ],
    measures: [{ name: 'Services with an online form', unit: 'services', target: 20, now: 13 }],
    openReturn: 'accepted',
  },
  {
    title: 'Website accessibility audit and fixes',
    description: 'Audit the website against WCAG 2.2 AA and fix what fails, starting with the most used pages and forms.',
    priority: 4, owner: NADIA, body: 'internal_working_group', partners: [], segments: [ELDERLY, CITY_DWELLERS],
    start: -11, due: -3, story: '.......GGGAGGB....', percent: 100,
    notes: ['Audit contract awarded.', 'Fixes to the navigation and colour contrast released.', 'Screen reader testing with the RNIB volunteers.'],
    amber: { problem: 'The audit found 212 failures in PDF forms, more than planned.', corrective: 'Replace the 30 most used PDFs with web pages; the rest in the next phase.' },
    completed: 'All critical and serious failures fixed; the accessibility statement is published.',
    milestones: [
      { title: 'Audit report received', due: -270, done: -268 },
      { title: 'Accessibility statement published', due: -150, done: -151 },
    ],
    measures: [{ name: 'Failures fixed', unit: 'failures', target: 212, now: 212 }],
    openReturn: 'accepted',
  },
  {
    title: 'Report it online for street issues',
    description: 'Residents report fly-tipping, graffiti, potholes and broken street lights online, with a photo and a map.',
    priority: 4, owner: OWEN, body: 'channel_shift_board', partners: [], segments: [CITY_DWELLERS, STARTER_HOMES, OWNER_OCCUPIERS],
    start: -12, due: 1, story: '......GGGGGGGGGGGG', percent: 85,
    notes: ['Fly-tipping and graffiti reports online.', 'Reports go straight to the crews’ tablets.', 'Street lights added with the county council.'],
    milestones: [
      { title: 'Fly-tipping and graffiti reports online', due: -200, done: -203 },
      { title: 'Launch to the public', due: 10 },
    ],
    measures: [{ name: 'Reports made online', unit: 'reports', target: 3000, now: 2480 }],
    openReturn: 'not_started',
  },
  {
    title: 'Digital champions among council staff',
    description: 'Train staff in every service area as digital champions who help colleagues and customers use online services.',
    priority: 5, owner: WREN, body: 'internal_working_group', partners: [], segments: [],
    start: -14, due: 10, story: '....GGGGGGGGGGGG--', percent: 60, stale: true,
    notes: ['Champion role description agreed with HR.', 'Third cohort of champions trained.', 'Champions network met; 30 attended.'],
    milestones: [
      { title: 'Champion role description agreed', due: -380, done: -381 },
      { title: 'Champions in every service area', due: 75 },
    ],
    measures: [{ name: 'Digital champions trained', unit: 'champions', target: 60, now: 38 }],
    openReturn: 'draft',
  },
  {
    title: 'Councillor digital skills programme',
    description: 'Sessions for councillors on the tools they need: tablets for papers, video meetings, social media and the casework system.',
    priority: 5, owner: LESLEY, body: 'leadership_team', partners: [], segments: [],
    start: -11, due: 4, story: '.......GGAAAAAAA--', percent: 40, stale: true,
    notes: ['Programme agreed with the group leaders.', 'First two sessions held.'],
    amber: {
      problem: 'Attendance is low: 11 of 39 councillors have joined a session.',
      corrective: 'One-to-one sessions at the start of committee days, as the board decided.',
    },
    milestones: [{ title: 'Every councillor offered a one-to-one session', due: -15 }],
    measures: [{ name: 'Councillors trained', unit: 'councillors', target: 39, now: 11 }],
    openReturn: 'accepted',
  },
  {
    title: 'Microsoft 365 skills drop-ins for staff',
    description: 'Fourteen drop-in sessions on Teams, OneDrive and Forms for staff moving off the old shared drives.',
    priority: 5, owner: SAM, body: 'internal_working_group', partners: [], segments: [],
    start: -16, due: -6, story: '..GGGGGGGGGB......', percent: 100,
    notes: ['Six drop-ins held.', 'Sessions recorded for staff who work shifts.', 'Feedback: 92% found them useful.'],
    completed: 'All 14 drop-ins held; 420 staff attended.',
    milestones: [{ title: 'All 14 drop-ins held', due: -220, done: -222 }],
    measures: [{ name: 'Staff attending', unit: 'staff', target: 400, now: 420 }],
    openReturn: 'accepted',
  },
  {
    title: 'Paperless committee papers on tablets',
    description: 'Committee papers published to tablets instead of printed, starting with a pilot on the planning committee.',
    priority: 5, owner: GRACE, body: 'leadership_team', partners: [], segments: [],
    start: 2, due: 12, story: '..................', percent: 0, notes: [],
    milestones: [{ title: 'Tablet pilot with the planning committee', due: 70 }],
    measures: [],
    openReturn: 'not_started',
  },
  {
    title: 'External digital steering group quarterly forum',
    description: 'A forum every quarter where partners share what they deliver, spot gaps and plan joint work.',
    priority: 6, owner: PRIYA, body: 'external_steering_group', partners: ['Citizens Online', 'Barclays Digital Eagles', 'The library service', 'The Forum'],
    segments: [], start: -18, due: 6, story: 'G--G--G--G--G--G--', percent: 75, stale: true,
    notes: ['Forum held at The Forum: 22 organisations.', 'Forum agreed a shared calendar of sessions.', 'Forum reviewed the inline for online card.'],
    milestones: [{ title: 'Next quarterly forum', due: 14 }],
    measures: [{ name: 'Forums held', unit: 'forums', target: 8, now: 6 }],
    openReturn: 'submitted',
  },
  {
    title: 'Shared referral pathway with Jobcentre Plus and Citizens Advice',
    description: 'Job seekers and advice clients who cannot get online are referred straight to a local session.',
    priority: 6, owner: PRIYA, body: 'external_steering_group', partners: ['Citizens Online'], segments: [LOWER_INCOME, YOUNG_RENTERS],
    start: -8, due: 4, story: '..........GGAAAAGG', percent: 60,
    notes: ['Referral form agreed.', 'First referrals received from two Jobcentres.', 'Data-sharing agreement signed; referrals flowing.'],
    amber: {
      problem: 'Jobcentre Plus cannot share referral data without a data-sharing agreement.',
      corrective: "The board agreed that the council's legal team drafts the agreement.",
    },
    milestones: [{ title: 'Data-sharing agreement signed', due: -70, done: -62 }],
    measures: [{ name: 'Referrals made', unit: 'referrals', target: 300, now: 140 }],
    openReturn: 'draft',
  },
  {
    title: 'Digital inclusion charter for local employers',
    description: 'Employers sign a charter to give staff time to volunteer as digital helpers and to lend meeting rooms for sessions.',
    priority: 6, owner: PAT, body: 'external_steering_group', partners: ['Barclays Digital Eagles', 'Citizens Online'], segments: [LOWER_INCOME],
    start: -4, due: 8, story: '..............GG--', percent: 20, stale: true,
    notes: ['Charter drafted with the Chamber of Commerce.', 'Four employers signed at the launch breakfast.'],
    milestones: [{ title: 'Charter text agreed', due: -100, done: -102 }],
    measures: [{ name: 'Employers signed up', unit: 'employers', target: 25, now: 4 }],
    openReturn: 'not_started',
  },
];
