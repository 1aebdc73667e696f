import { marked } from 'marked';
import type { Tokens } from 'marked';

/** Every GFM table in a Markdown text, as marked parses it (nested in details or not). */
export function parseTables(markdown: string): Tokens.Table[] {
  const tables: Tokens.Table[] = [];
  // Synchronous here: no async extension is registered, the returned list is empty.
  void marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'table') tables.push(token as Tokens.Table);
  });
  return tables;
}

/** Tables whose rows do not have the header's cell count, described for an assertion. */
export function misshapenRows(markdown: string): string[] {
  return parseTables(markdown).flatMap((table) =>
    table.rows
      .filter((row) => row.length !== table.header.length)
      .map((row) => row.map((cell) => cell.text).join(' | ')),
  );
}
