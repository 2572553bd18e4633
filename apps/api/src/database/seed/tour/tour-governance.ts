/** The channel shift board's meetings: `month` from this one and day of the month, or `inDays` from today for the next one. */
export const TOUR_MEETINGS: { key: string; month?: number; day?: number; inDays?: number }[] = [
  { key: 'm1', month: -15, day: 11 },
  { key: 'm2', month: -11, day: 11 },
  { key: 'm3', month: -7, day: 11 },
  { key: 'm4', month: -3, day: 11 },
  { key: 'next', inDays: 10 },
];

/**
 * Escalations in every state. `raised` is [month, day] (or days before today as a negative `raisedDaysAgo`); a decision
 * is taken at a meeting; `resolvedDays` counts from the decision. Follow-ups become milestones on the action, due
 * `dueDays` from today, done `doneDays` from today when done.
 */
export interface TourEscalation {
  key: string;
  reference: string;
  raisedBy: string;
  raised: [number, number] | { daysAgo: number };
  problem: string;
  impact: string;
  decisionSought: string;
  urgency: 'routine' | 'high' | 'urgent';
  neededInDays: number;
  /** On the next meeting's agenda, taken for review by the board. */
  underReview?: boolean;
  decision?: {
    meeting: string;
    outcome: 'agreed' | 'declined';
    text: string;
    conditions?: string;
    followUp?: { owner: string; title: string; dueDays: number; doneDays?: number };
  };
  resolved?: { afterDays: number; outcome: string };
}

const BOLA = 'board@steerline.example';

export const TOUR_ESCALATIONS: TourEscalation[] = [
  {
    key: 'wifi-contract', reference: 'DI-005', raisedBy: BOLA, raised: [-16, 3],
    problem: 'The wifi supplier cannot install in four of the nine community centres before its contract ends.',
    impact: 'Four centres, used mostly by young tenants and low-income families, would stay without free wifi for a year.',
    decisionSought: 'Agree a three-month extension of the supplier contract at no extra cost.', urgency: 'high', neededInDays: 30,
    decision: {
      meeting: 'm1', outcome: 'agreed', text: 'Extension agreed to the end of the quarter.', conditions: 'The supplier reports progress weekly; no extra cost to the council.',
      followUp: { owner: 'owen.price@steerline.example', title: 'Weekly supplier reports to the board', dueDays: -400, doneDays: -402 },
    },
    resolved: { afterDays: 95, outcome: 'Seven centres connected; the last two wait for building works.' },
  },
  {
    key: 'lottery-letter', reference: 'DI-011', raisedBy: 'grace.mills@steerline.example', raised: [-14, 5],
    problem: "The lottery bid needs a letter committing the council's match funding before the deadline.",
    impact: 'Without it the bid cannot be submitted and £45,000 of funding is lost.',
    decisionSought: 'Agree £10,000 of officer time as match funding and sign the letter.', urgency: 'urgent', neededInDays: 20,
    decision: { meeting: 'm2', outcome: 'agreed', text: 'Match funding of £10,000 in officer time agreed; the director signs the letter.' },
    resolved: { afterDays: 30, outcome: 'Bid submitted with the letter; £48,500 awarded.' },
  },
  {
    key: 'device-insurance', reference: 'DI-007', raisedBy: 'working@steerline.example', raised: [-9, 8],
    problem: 'Insurance for the lent tablets costs £3,200 a year more than the budget.',
    impact: 'Lending stays paused and 60 households keep waiting for a device.',
    decisionSought: 'Agree to pay the insurance from the channel shift reserve for the first year.', urgency: 'high', neededInDays: 45,
    decision: {
      meeting: 'm3', outcome: 'agreed', text: 'The reserve pays the insurance for the first year.', conditions: 'The scheme reports its loss rate every quarter.',
      followUp: { owner: 'working@steerline.example', title: "Insurance in place through the council's broker", dueDays: -150, doneDays: -155 },
    },
  },
  {
    key: 'councillor-attendance', reference: 'DI-020', raisedBy: 'leader@steerline.example', raised: [-8, 14],
    problem: 'Only 11 of 39 councillors have come to a digital skills session.',
    impact: 'Councillors cannot use the tablets for papers, so printing continues.',
    decisionSought: 'Make one session compulsory for every councillor.', urgency: 'routine', neededInDays: 60,
    decision: { meeting: 'm3', outcome: 'declined', text: 'Attendance stays voluntary; offer one-to-one sessions on committee days instead.' },
  },
  {
    key: 'referral-data', reference: 'DI-024', raisedBy: 'priya.shah@steerline.example', raised: [-6, 4],
    problem: 'Jobcentre Plus cannot share referral data without a data-sharing agreement.',
    impact: 'Referrals have to be made on paper and some are lost.',
    decisionSought: "Ask the council's legal team to draft the data-sharing agreement.", urgency: 'high', neededInDays: 40,
    decision: { meeting: 'm4', outcome: 'agreed', text: 'Legal drafts the agreement for the three organisations.', conditions: 'The data protection officer approves it first.' },
    resolved: { afterDays: 35, outcome: 'Data-sharing agreement signed by all three organisations.' },
  },
  {
    key: 'forms-charge', reference: 'DI-016', raisedBy: 'admin@steerline.example', raised: [-5, 6],
    problem: 'The payments supplier charges £450 for each new online form that takes payments.',
    impact: 'Six of the planned forms take payments: £2,700 not in the website budget.',
    decisionSought: 'Agree to pay the per-form charge from the website budget.', urgency: 'routine', neededInDays: 50,
    decision: { meeting: 'm4', outcome: 'declined', text: 'Declined: use the existing payment page integration, which has no per-form charge.' },
  },
  {
    key: 'website-launch', reference: 'DI-015', raisedBy: 'sam.hollis@steerline.example', raised: [-4, 9],
    problem: 'Content migration is behind: 420 pages still need rewriting in plain English.',
    impact: 'The new website cannot launch on the planned date.',
    decisionSought: 'Agree to launch in two stages, the top 20 services first, and move the full launch by three months.', urgency: 'high', neededInDays: 35,
    decision: {
      meeting: 'm4', outcome: 'agreed', text: 'Two-stage launch agreed; full launch moved by three months.', conditions: 'The top 20 services go first, tested with residents.',
      followUp: { owner: 'sam.hollis@steerline.example', title: "Top 20 services' pages live on the new site", dueDays: 20 },
    },
  },
  {
    key: 'laptop-sponsor', reference: 'DI-013', raisedBy: 'owen.price@steerline.example', raised: [-2, 12],
    problem: 'The main sponsor withdrew its offer of 200 laptops.',
    impact: '200 households on the waiting list will not get a device this year.',
    decisionSought: 'Agree £8,000 from the channel shift reserve for 60 refurbished laptops.', urgency: 'urgent', neededInDays: 45, underReview: true,
  },
  {
    key: 'dbs-checks', reference: 'DI-009', raisedBy: 'priya.shah@steerline.example', raised: [-1, 3],
    problem: 'The housing provider will not let volunteers into two sheltered schemes without DBS checks.',
    impact: 'About 40 older residents in those schemes get no sessions.',
    decisionSought: 'Fund DBS checks for 12 volunteers (£540).', urgency: 'high', neededInDays: 20,
  },
  {
    key: 'card-launch', reference: 'DI-002', raisedBy: 'working@steerline.example', raised: { daysAgo: 9 },
    problem: 'Nine of the 15 partner organisations have not signed the inline for online protocols yet.',
    impact: 'The card cannot list those partners, so customers may be sent to the wrong place.',
    decisionSought: 'Agree to launch the card now with the partners who have signed.', urgency: 'routine', neededInDays: 30,
  },
];
