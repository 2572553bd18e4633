import { fileKindOf } from './file-kind.js';

const PDF = Buffer.from('%PDF-1.7\n%%EOF\n');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('fileKindOf', () => {
  it('reads the kind from the bytes, whatever the name says', async () => {
    expect(await fileKindOf(PDF, 'plan.xlsx')).toEqual({ mediaType: 'application/pdf', extension: 'pdf' });
    expect(await fileKindOf(PNG, 'photo.txt')).toEqual({ mediaType: 'image/png', extension: 'png' });
  });

  it('refuses kinds that are not on the list, even under an accepted name', async () => {
    expect(await fileKindOf(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]), 'leaflet.pdf')).toBeNull();
    expect(await fileKindOf(Buffer.from('GIF89a'), 'x.gif')).toEqual({ mediaType: 'image/gif', extension: 'gif' });
  });

  it('takes text without magic bytes only as .txt or .csv', async () => {
    expect(await fileKindOf(Buffer.from('Date,People\n'), 'attendance.csv')).toEqual({ mediaType: 'text/csv; charset=utf-8', extension: 'csv' });
    expect(await fileKindOf(Buffer.from('Notes'), 'notes.txt')).toEqual({ mediaType: 'text/plain; charset=utf-8', extension: 'txt' });
    expect(await fileKindOf(Buffer.from('<html></html>'), 'page.html')).toBeNull();
    expect(await fileKindOf(Buffer.from('Notes'), 'notes')).toBeNull();
  });

  it('accepts Windows-1252 and UTF-16 with a byte order mark as text, without a UTF-8 charset', async () => {
    expect(await fileKindOf(Buffer.from([0x43, 0x61, 0x66, 0xe9]), 'notes.txt')).toEqual({ mediaType: 'text/plain', extension: 'txt' });
    expect(await fileKindOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Notes', 'utf16le')]), 'notes.csv')).toEqual({ mediaType: 'text/csv', extension: 'csv' });
  });

  it('refuses binary content renamed .txt or .csv', async () => {
    expect(await fileKindOf(Buffer.from([0x4e, 0x00, 0x6f, 0x01]), 'notes.txt')).toBeNull();
    expect(await fileKindOf(Buffer.from('a\u0007bell'), 'notes.csv')).toBeNull();
    expect(await fileKindOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x00, 0xd8])]), 'broken.txt')).toBeNull();
  });
});
