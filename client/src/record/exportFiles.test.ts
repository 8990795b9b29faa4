import { describe, expect, it } from 'vitest';
import { defaultFileName, exportPath, fileNameFrom } from './exportFiles';

describe('export files', () => {
  it('asks the server for each file, with the labels’ language', () => {
    expect(exportPath('w1', { format: 'docx' }, 'ar')).toBe('/api/workshops/w1/minutes.docx?locale=ar');
    expect(exportPath('w1', { format: 'md' }, 'en')).toBe('/api/workshops/w1/minutes.md?locale=en');
    expect(exportPath('w1', { format: 'csv', table: 'attendance' }, 'ar')).toBe(
      '/api/workshops/w1/minutes.csv?table=attendance&locale=ar',
    );
    expect(exportPath('w1', { format: 'json' }, 'ar')).toBe('/api/workshops/w1/export.json');
  });

  it('names a file as the server says, preferring the UTF-8 name', () => {
    expect(
      fileNameFrom(
        `attachment; filename="minutes.docx"; filename*=UTF-8''%D9%85%D8%AD%D8%B6%D8%B1.docx`,
        'x.docx',
      ),
    ).toBe('محضر.docx');
    expect(fileNameFrom('attachment; filename="minutes-ar.md"', 'x.md')).toBe('minutes-ar.md');
    expect(fileNameFrom('attachment; filename=votes.csv', 'x.csv')).toBe('votes.csv');
  });

  it('never saves under a path, and falls back when the header says nothing', () => {
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x')).toBe('.._.._etc_passwd');
    expect(fileNameFrom(null, defaultFileName({ format: 'csv', table: 'votes' }, 'en'))).toBe(
      'minutes-votes-en.csv',
    );
    expect(fileNameFrom('attachment', defaultFileName({ format: 'json' }, 'ar'))).toBe(
      'workshop-export.json',
    );
  });
});
