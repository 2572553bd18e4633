import { attachmentDisposition, safeFileName } from './safe-file-name.js';

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('Attendance sheet.pdf', 'pdf')).toBe('Attendance sheet.pdf');
  });

  it('drops folders, control characters and characters Windows refuses', () => {
    expect(safeFileName('C:\\Users\\jo\\Desktop\\plan.pdf', 'pdf')).toBe('plan.pdf');
    expect(safeFileName('../../etc/passwd.txt', 'txt')).toBe('passwd.txt');
    expect(safeFileName('a"b<c>d|e*f?g:h\u0000\u001b.pdf', 'pdf')).toBe('abcdefgh.pdf');
  });

  it('ends the name in the extension of what the file really is', () => {
    expect(safeFileName('contract.xlsx', 'pdf')).toBe('contract.pdf');
    expect(safeFileName('README', 'txt')).toBe('README.txt');
  });

  it('names a file with nothing usable in its name "evidence", and shortens a very long name', () => {
    expect(safeFileName('...', 'pdf')).toBe('evidence.pdf');
    expect(safeFileName('"".png', 'png')).toBe('evidence.png');
    expect(safeFileName(`${'a'.repeat(500)}.pdf`, 'pdf')).toBe(`${'a'.repeat(120)}.pdf`);
  });
});

describe('attachmentDisposition', () => {
  it('always says attachment, with an ASCII fallback and the exact name encoded', () => {
    expect(attachmentDisposition('plan.pdf')).toBe(`attachment; filename="plan.pdf"; filename*=UTF-8''plan.pdf`);
    expect(attachmentDisposition("Jo's café (final).pdf")).toBe(`attachment; filename="Jo's cafe (final).pdf"; filename*=UTF-8''Jo%27s%20caf%C3%A9%20%28final%29.pdf`);
  });

  it('cannot be broken out of by a name with quotes, semicolons or percent signs', () => {
    const header = attachmentDisposition('a";b%20.pdf');
    expect(header).toBe(`attachment; filename="ab20.pdf"; filename*=UTF-8''a%22%3Bb%2520.pdf`);
  });
});
