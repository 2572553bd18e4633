import { SaxesParser } from 'saxes';
import { columnNumber } from './cell-reference.js';
import { fileTooLarge, unreadableFile } from './file-problem.js';
import type { ReadLimits } from './read-limits.js';

const VALUE_ELEMENTS = new Set(['v', 't']);

type XmlPart = 'worksheet' | 'shared-strings' | 'other';

export const partOf = (name: string): XmlPart =>
  /^xl\/worksheets\/[^/]+\.xml$/i.test(name) ? 'worksheet' : /^xl\/sharedStrings\.xml$/i.test(name) ? 'shared-strings' : 'other';

export interface XmlPartCheck {
  write(piece: Buffer): void;
  close(): void;
}

/**
 * Reads one XML part of a workbook as it is unpacked, piece by piece, and stops at the first limit it passes: a document type (which is
 * how entity expansion such as "billion laughs" starts; a workbook never has one), nesting depth, and for sheets
 * and the shared strings the rows, columns, strings and characters in one cell.
 */
export function checkXmlPart(name: string, limits: ReadLimits): XmlPartCheck {
  const part = partOf(name);
  const parser = new SaxesParser({ position: false });
  const counts = { depth: 0, rows: 0, rowHasValue: false, cellsInRow: 0, strings: 0, characters: 0 };
  let inValue = false;

  parser.on('error', () => {
    throw unreadableFile(`The workbook is damaged: "${name}" is not well-formed XML. Save it again as an Excel workbook (.xlsx) or as CSV.`);
  });
  parser.on('doctype', () => {
    throw unreadableFile('The workbook contains a document type declaration, which Excel never writes and which can be used to attack the reader. Save it again from Excel.', 'xml_entities', 0);
  });
  parser.on('opentag', (tag) => {
    if (++counts.depth > limits.xmlDepth) throw unreadableFile(`The workbook's XML is nested more than ${limits.xmlDepth} levels deep. Save it again from Excel.`, 'xml_depth', limits.xmlDepth);
    const local = localName(tag.name);
    if (part === 'worksheet') onSheetTag(local, tag.attributes as Record<string, string>);
    if (part === 'shared-strings' && local === 'si') {
      counts.characters = 0;
      if (++counts.strings > limits.sharedStrings) {
        throw fileTooLarge(`The workbook has more than ${limits.sharedStrings.toLocaleString('en-GB')} different texts. Save only the actions sheet as a new workbook.`, 'shared_strings', limits.sharedStrings);
      }
    }
    if (VALUE_ELEMENTS.has(local)) {
      inValue = true;
      if (part === 'worksheet') counts.characters = 0;
    }
  });
  const onText = (text: string) => {
    if (!inValue) return;
    countCharacters(text.length);
    if (part === 'worksheet' && text.trim() !== '') counts.rowHasValue = true;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    counts.depth--;
    const local = localName(tag.name);
    if (VALUE_ELEMENTS.has(local)) inValue = false;
    if (part === 'worksheet' && local === 'row' && counts.rowHasValue && ++counts.rows > limits.rows + 1) {
      throw fileTooLarge(`The sheet has more than ${limits.rows} actions; at most ${limits.rows} can be imported at once. Split it into smaller files.`, 'rows', limits.rows);
    }
  });

  function onSheetTag(local: string, attributes: Record<string, string>) {
    if (local === 'row') {
      counts.rowHasValue = false;
      counts.cellsInRow = 0;
    } else if (local === 'c') {
      const column = attributes.r ? columnNumber(attributes.r) : counts.cellsInRow + 1;
      if (++counts.cellsInRow > limits.columns || column > limits.columns) {
        throw fileTooLarge(`The sheet uses more than ${limits.columns} columns; the template has 12. Remove the extra columns and try again.`, 'columns', limits.columns);
      }
    }
  }

  function countCharacters(added: number) {
    counts.characters += added;
    if (counts.characters > limits.cellCharacters) {
      throw fileTooLarge(`A cell holds more than ${limits.cellCharacters.toLocaleString('en-GB')} characters, more than Excel itself allows. Shorten it and try again.`, 'cell_characters', limits.cellCharacters);
    }
  }

  function checkPendingText(pending: number) {
    if (counts.characters + pending > limits.cellCharacters) countCharacters(pending);
  }

  const decoder = new TextDecoder('utf-8');
  return {
    write(piece) {
      parser.write(decoder.decode(piece, { stream: true }));
      // saxes hands over a text node only when it ends, so an endless one is measured while it grows.
      if (inValue) checkPendingText((parser as unknown as { text: string }).text.length);
    },
    close() {
      parser.write(decoder.decode()).close();
    },
  };
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
