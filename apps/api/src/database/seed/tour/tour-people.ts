import type { BodyKind } from '@steerline/contracts';

/** The colleagues the tour's actions are shared with, besides the five demo sign-ins; they have the demo password too. */
export const TOUR_PEOPLE: { email: string; name: string; bodies: BodyKind[]; partner?: string }[] = [
  { email: 'grace.mills@steerline.example', name: 'Grace Mills', bodies: ['leadership_team'] },
  { email: 'owen.price@steerline.example', name: 'Owen Price', bodies: ['channel_shift_board'] },
  { email: 'sam.hollis@steerline.example', name: 'Sam Hollis', bodies: ['internal_working_group'] },
  { email: 'nadia.begum@steerline.example', name: 'Nadia Begum', bodies: ['internal_working_group'] },
  { email: 'priya.shah@steerline.example', name: 'Priya Shah', bodies: ['external_steering_group'], partner: 'Citizens Online' },
  { email: 'tom.reid@steerline.example', name: 'Tom Reid', bodies: ['external_steering_group'], partner: 'The library service' },
];

/** Who to contact at each partner, and the shared protocols they signed (`signedMonth`: months before this one). */
export const TOUR_PARTNER_DETAILS: {
  partner: string;
  contacts: { name: string; role: string; email: string; phone?: string }[];
  protocols: { name: string; version: string; signedMonth: number; signedBy: string }[];
}[] = [
  {
    partner: 'Citizens Online',
    contacts: [{ name: 'Priya Shah', role: 'Digital inclusion lead, Norwich', email: 'priya.shah@citizensonline.example', phone: '01603 000 101' }],
    protocols: [{ name: 'Inline for online signposting protocol', version: '1', signedMonth: -9, signedBy: 'Priya Shah, Digital inclusion lead' }],
  },
  {
    partner: 'Barclays Digital Eagles',
    contacts: [{ name: 'Dev Eagleton', role: 'Digital Eagle, Norwich branches', email: 'dev.eagleton@barclays.example' }],
    protocols: [{ name: 'Inline for online signposting protocol', version: '1', signedMonth: -8, signedBy: 'Dev Eagleton, Digital Eagle' }],
  },
  {
    partner: 'The library service',
    contacts: [
      { name: 'Tom Reid', role: 'Digital services librarian', email: 'tom.reid@libraries.example', phone: '01603 000 202' },
      { name: 'Ana Lopes', role: 'Millennium Library manager', email: 'ana.lopes@libraries.example' },
    ],
    protocols: [{ name: 'Inline for online signposting protocol', version: '1', signedMonth: -8, signedBy: 'Ana Lopes, Library manager' }],
  },
  {
    partner: 'The Forum',
    contacts: [{ name: 'Events team', role: 'Room bookings', email: 'events@theforum.example', phone: '01603 000 303' }],
    protocols: [{ name: 'Get online Tuesdays room agreement', version: '2', signedMonth: -6, signedBy: 'Chris Forde, Operations manager' }],
  },
];
