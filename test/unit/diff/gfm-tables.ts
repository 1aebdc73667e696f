import { expect } from 'chai';
import { marked, type Token, type Tokens } from 'marked';

/**
 * Parses Markdown as GFM and checks every table: each row has as many cells as the header,
 * counted on the raw line (marked silently drops surplus cells), and no row was swallowed or
 * made up (a newline in a cell would start a bogus row). Returns the tables found.
 */
export function expectTablesParse(markdown: string): Tokens.Table[] {
  const tables = findTables(marked.lexer(markdown, { gfm: true }));
  for (const table of tables) {
    const lines = table.raw.trimEnd().split('\n');
    expect(lines.length - 2, 'rows in the table').to.equal(table.rows.length);
    for (const line of lines) {
      expect(countCells(line), line).to.equal(table.header.length);
    }
  }
  return tables;
}

function findTables(tokens: Token[]): Tokens.Table[] {
  return tokens.flatMap((token) => {
    if (token.type === 'table') return [token as Tokens.Table];
    const children = 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : [];
    return findTables(children);
  });
}

/** Cells of a `| a | b |` line: pipes with an even run of backslashes before them split. */
function countCells(line: string): number {
  let separators = 0;
  let backslashes = 0;
  for (const character of line) {
    if (character === '|' && backslashes % 2 === 0) separators += 1;
    backslashes = character === '\\' ? backslashes + 1 : 0;
  }
  return separators - 1;
}
