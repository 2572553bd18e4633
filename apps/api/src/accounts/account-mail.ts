import type { MailMessage } from '../notifications/mail.service.js';

const ON = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

export function invitationMail(person: { name: string; email: string }, inviter: string, link: string, expiresAt: Date): MailMessage {
  return {
    to: person.email,
    subject: 'You have been invited to Steerline',
    text: [
      `Dear ${person.name},`,
      '',
      `${inviter} has invited you to Steerline, where the strategy's action plan is tracked.`,
      '',
      'To start, set your password using this link:',
      link,
      '',
      `The link works once and expires on ${ON.format(expiresAt)} (UK time). After that, ask your Steerline administrator to resend your invitation.`,
      '',
      `You will sign in with this email address: ${person.email}`,
    ].join('\n'),
  };
}

export function resetMail(person: { name: string; email: string }, link: string, minutes: number): MailMessage {
  return {
    to: person.email,
    subject: 'Reset your Steerline password',
    text: [
      `Dear ${person.name},`,
      '',
      'Someone asked to reset the password of your Steerline account. To choose a new password, use this link:',
      link,
      '',
      `The link works once and expires in ${minutes} minutes. Using it signs you out everywhere.`,
      '',
      'If you did not ask for this, you can ignore this email: your password has not changed.',
    ].join('\n'),
  };
}
