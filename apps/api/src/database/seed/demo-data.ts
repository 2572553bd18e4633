import type { BodyKind } from '@steerline/contracts';

/** Norwich City Council's digital inclusion strategy, as described in DOMAIN.md. Data, not code: another strategy is another file like this. */
export const DEMO_STRATEGY = {
  name: 'Digital inclusion strategy',
  purpose: 'To support all our customers and citizens to access and use the internet.',
  referencePrefix: 'DI',
};

export const DEMO_PRIORITIES = [
  'Support and promote awareness of free digital access points across the city and available support and training.',
  'Target digital access and support to the most vulnerable groups within the city.',
  "Identify potential funding opportunities that will further support the council's digital inclusion strategy.",
  "Enhance and improve the council's website and increase services available via the council web site.",
  'Provide opportunities for council staff and councillors to develop their wider digital skills and potential to become digital champions.',
  'Work closely with partners and key stakeholders to further promote and support the digital inclusion agenda.',
];

export const DEMO_BODIES: { name: string; kind: BodyKind; remit: string }[] = [
  { name: 'Corporate leadership team', kind: 'leadership_team', remit: 'Takes overall responsibility for the digital inclusion strategy.' },
  { name: 'Channel shift board', kind: 'channel_shift_board', remit: 'Monitors progress of actions and agrees any escalation.' },
  { name: 'Internal digital inclusion working group', kind: 'internal_working_group', remit: 'Helps to form the strategy and acts as digital ambassadors within the council.' },
  { name: 'External digital steering group', kind: 'external_steering_group', remit: 'Partners who help to form and deliver the strategy within the city.' },
];

/** Citizens Online analysis, September 2014: share of households; veryLow = very low propensity to self-serve. */
export const DEMO_SEGMENTS = [
  { name: 'Owner occupiers in older-style housing in ex-industrial areas', share: 6, veryLow: false },
  { name: 'Couples and young singles in small modern starter homes', share: 8, veryLow: false },
  { name: 'Families in low-rise social housing with high levels of benefit need', share: 9, veryLow: true },
  { name: 'Young people renting flats in high density social housing', share: 10, veryLow: true },
  { name: 'Lower income workers in urban terraces in often diverse areas', share: 11, veryLow: true },
  { name: 'Elderly people reliant on state support', share: 13, veryLow: true },
  { name: 'Residents with sufficient incomes in right-to-buy social housing', share: 14, veryLow: false },
  { name: 'Young, well-educated city dwellers', share: 29, veryLow: false },
];

export const DEMO_PARTNERS = [
  { name: 'Citizens Online', description: 'National charity; produced the population segment analysis for the city.' },
  { name: 'Barclays Digital Eagles', description: "Barclays' digital volunteers, supporting drop-in sessions." },
  { name: 'The library service', description: 'Free digital access points and help in libraries across the city.' },
  { name: 'The Forum', description: 'Hosts the monthly "Get online Tuesdays" drop-in.' },
];

export const DEMO_PASSWORD = 'steerline-demo-2026';

export const DEMO_USERS: { email: string; name: string; bodies: BodyKind[]; isAdmin?: boolean; partner?: string }[] = [
  { email: 'admin@steerline.example', name: 'Alex Admin', bodies: [], isAdmin: true },
  { email: 'leader@steerline.example', name: 'Lesley Leader', bodies: ['leadership_team'] },
  { email: 'board@steerline.example', name: 'Bola Board', bodies: ['channel_shift_board'] },
  { email: 'working@steerline.example', name: 'Wren Working', bodies: ['internal_working_group'] },
  { email: 'partner@steerline.example', name: 'Pat Partner', bodies: ['external_steering_group'], partner: 'Barclays Digital Eagles' },
];

export const DEMO_ACTIONS = [
  {
    title: 'Get online Tuesdays at The Forum',
    description:
      'A monthly all-day digital drop-in at The Forum, run with Barclays Digital Eagles and the library service, where people get help with any digital question or problem.',
    priority: 1,
    owner: 'partner@steerline.example',
    body: 'external_steering_group' as BodyKind,
    partners: ['Barclays Digital Eagles', 'The library service', 'The Forum'],
    segments: ['Elderly people reliant on state support', 'Owner occupiers in older-style housing in ex-industrial areas'],
    status: 'in_progress' as const,
    rag: 'green' as const,
    startDate: '2026-04-01',
    dueDate: '2027-03-31',
  },
  {
    title: 'Inline for online card',
    description:
      'A card that signposts customers to the most appropriate support for accessing online services; participating organisations sign up to shared protocols.',
    priority: 6,
    owner: 'working@steerline.example',
    body: 'internal_working_group' as BodyKind,
    partners: ['Citizens Online', 'The library service', 'Barclays Digital Eagles'],
    segments: ['Families in low-rise social housing with high levels of benefit need', 'Lower income workers in urban terraces in often diverse areas'],
    status: 'in_progress' as const,
    rag: 'amber' as const,
    startDate: '2026-05-01',
    dueDate: '2026-12-31',
  },
  {
    title: 'Digital training for the most digitally excluded groups',
    description: 'Work with partners to deliver digital training to the groups within the city who are the most digitally excluded.',
    priority: 2,
    owner: 'board@steerline.example',
    body: 'channel_shift_board' as BodyKind,
    partners: ['Citizens Online', 'The library service'],
    segments: ['Elderly people reliant on state support', 'Young people renting flats in high density social housing'],
    status: 'not_started' as const,
    rag: 'grey' as const,
    startDate: '2027-01-01',
    dueDate: '2027-09-30',
  },
];
