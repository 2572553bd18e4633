/** How often a report digest goes out: weekly on Mondays, monthly on the 1st. */
export const DIGEST_FREQUENCIES = ['weekly', 'monthly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A report e-mail subscription: a digest of one strategy, or of the whole Corporate Plan (`strategy` null). */
export interface ReportSubscription {
  id: string;
  strategy: { id: string; name: string } | null;
  frequency: DigestFrequency;
  /** The address it goes to: the person's own, or the outside address an administrator added. */
  email: string;
  /** Added by an administrator for an address outside Steerline. */
  external: boolean;
  createdAt: string;
}

export interface NewReportSubscription {
  strategyId: string | null;
  frequency: DigestFrequency;
}

/** An administrator's subscription for an outside address (a councillors' mailbox). */
export interface NewExternalSubscription extends NewReportSubscription {
  email: string;
}

/** What an e-mail's unsubscribe link would stop (GET /api/unsubscribe/:token, no sign-in). */
export interface UnsubscribeDetails {
  email: string;
  /** The strategy's name, or "the whole Corporate Plan". */
  scope: string;
  frequency: DigestFrequency;
}
