import type { Attachment } from '@steerline/contracts';
import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../lib/query-client';
import { fakeApi } from '../../../testing/fake-api';
import { EvidenceSection } from './evidence-section';

const file = (id: string, fileName: string, scan: Attachment['scan'], scanFinding: string | null = null): Attachment => ({
  id, fileName, mediaType: 'application/pdf', sizeBytes: 2048, uploadedBy: { id: 'u-5', name: 'Pat Partner' }, uploadedAt: '2026-11-30T10:00:00.000Z',
  on: { kind: 'action', id: 'a-1' }, actionId: 'a-1', downloadPath: `/api/attachments/${id}`, canRemove: false,
  scan, scanFinding, canDownload: scan === 'clean' || scan === 'not_scanned',
});

const show = () =>
  render(
    <QueryClientProvider client={createQueryClient()}>
      <EvidenceSection path="/actions/a-1/attachments" caption="Evidence on DI-001" mayAdd={false} />
    </QueryClientProvider>,
  );

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) });

describe('evidence and the virus scan', () => {
  it('links only files that may be downloaded, and says in words which are being checked or were refused', async () => {
    fakeApi({
      'GET /api/actions/a-1/attachments': { status: 200, body: [
        file('f-1', 'Leaflet.pdf', 'clean'), file('f-2', 'Contract.pdf', 'checking'), file('f-3', 'Register.pdf', 'infected', 'Win.Test.EICAR_HDB-1'),
      ] },
    });
    show();
    expect(within(await screen.findByRole('rowheader', { name: /Leaflet/ })).getByRole('link', { name: 'Leaflet.pdf' }).getAttribute('href')).toBe('/api/attachments/f-1');
    expect(within(rowOf('Contract')).queryByRole('link')).toBeNull();
    expect(rowOf('Contract').textContent).toContain('Being checked');
    expect(within(rowOf('Register')).queryByRole('link')).toBeNull();
    expect(rowOf('Register').textContent).toContain('Refused');
    expect(rowOf('Register').textContent).toContain('The virus scan found Win.Test.EICAR_HDB-1. The file was deleted.');
  });

  it('asks again while a file is being checked, and offers the download once it is clean', async () => {
    let asked = 0;
    fakeApi({ 'GET /api/actions/a-1/attachments': () => ({ status: 200, body: [file('f-2', 'Contract.pdf', asked++ === 0 ? 'checking' : 'clean')] }) });
    show();
    expect((await screen.findByRole('rowheader', { name: /Contract/ })).textContent).toContain('Being checked');
    await waitFor(() => expect(within(rowOf('Contract')).getByRole('link', { name: 'Contract.pdf' })).toBeTruthy(), { timeout: 6000 });
    expect(asked).toBe(2);
  }, 10_000);
});
