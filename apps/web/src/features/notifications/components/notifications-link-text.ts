/** The navigation link's text: the unread count in words, never only a badge. */
export const notificationsLinkText = (unread: number | undefined) => (unread ? `Notifications (${unread} unread)` : 'Notifications');
