import { describe, expect, it } from 'vitest';
import { notificationsLinkText } from './notifications-link-text';

describe('notifications link text', () => {
  it('gives the unread count in words', () => {
    expect(notificationsLinkText(2)).toBe('Notifications (2 unread)');
    expect(notificationsLinkText(0)).toBe('Notifications');
    expect(notificationsLinkText(undefined)).toBe('Notifications');
  });
});
