/**
 * Fits a Markdown document into a character budget (JavaScript `.length`, as GitHub counts)
 * by leaving out whole table rows, never part of one. Tables are filled in document order and
 * filling stops at the first row that does not fit, so what is shown is always a prefix of
 * the full list; the note then says what was left out.
 */
export type Block = TextBlock | TableBlock | NoteSlot;

export interface TextBlock {
  kind: 'text';
  text: string;
}

/** Rendered as `prefix + rows.join('\n') + suffix`; left out entirely when no row fits. */
export interface TableBlock {
  kind: 'table';
  prefix: string;
  rows: TableRow[];
  suffix: string;
}

/** Where the truncation note goes, when there is one. */
export interface NoteSlot {
  kind: 'note';
}

export interface TableRow {
  text: string;
  /** What the row is, for the note: "changes", "unchanged" ... */
  category: string;
}

/** Omitted rows per category, in the order the categories first appear. */
export type OmittedRows = Map<string, number>;

export type NoteWriter = (omitted: OmittedRows, totalRows: number) => string;

const SEPARATOR = '\n\n';

export function fitBlocks(blocks: Block[], limit: number, writeNote: NoteWriter): string {
  const full = assemble(blocks.map((block) => shownPart(block, undefined, undefined)));
  if (full.length <= limit) return full;

  const allRows = blocks.flatMap((block) => (block.kind === 'table' ? block.rows : []));
  const widestNote = writeNote(countByCategory(allRows), allRows.length);
  const kept = keepRows(blocks, limit - fixedLength(blocks, widestNote));
  const omitted = countByCategory(allRows.filter((row) => !kept.has(row)));
  const note = writeNote(omitted, allRows.length);

  return assemble(blocks.map((block) => shownPart(block, kept, note)));
}

type Shown = TableBlock | string | undefined;

/** A block as shown: with no `kept` set every row shows, with no note the slot is empty. */
function shownPart(block: Block, kept: Set<TableRow> | undefined, note: string | undefined): Shown {
  if (block.kind === 'note') return note;
  if (block.kind === 'text') return block.text;
  if (!kept) return block;

  const rows = block.rows.filter((row) => kept.has(row));
  return rows.length > 0 ? { ...block, rows } : undefined;
}

/** The rows that fit in `budget` characters, taken in order until the first that does not. */
function keepRows(blocks: Block[], budget: number): Set<TableRow> {
  const kept = new Set<TableRow>();
  let left = budget;
  for (const block of blocks) {
    if (block.kind !== 'table') continue;

    let opened = false;
    for (const row of block.rows) {
      const cost = row.text.length + (opened ? 1 : tableFrameLength(block));
      if (cost > left) return kept;

      kept.add(row);
      left -= cost;
      opened = true;
    }
  }
  return kept;
}

/** Everything that is not a table row: text blocks, the note and separators between them. */
function fixedLength(blocks: Block[], note: string): number {
  const texts = blocks.flatMap((block) => {
    if (block.kind === 'text') return [block.text];
    return block.kind === 'note' ? [note] : [];
  });
  const lengths = texts.reduce((sum, text) => sum + text.length, 0);
  return lengths + Math.max(0, texts.length - 1) * SEPARATOR.length + 1;
}

/** A table's own text and the separator before it, paid once when its first row goes in. */
function tableFrameLength(block: TableBlock): number {
  return SEPARATOR.length + block.prefix.length + block.suffix.length;
}

function assemble(parts: Shown[]): string {
  const texts = parts.flatMap((part) => {
    if (part === undefined) return [];
    if (typeof part === 'string') return [part];
    return [part.prefix + part.rows.map((row) => row.text).join('\n') + part.suffix];
  });
  return `${texts.join(SEPARATOR)}\n`;
}

function countByCategory(rows: TableRow[]): OmittedRows {
  const counts: OmittedRows = new Map();
  for (const row of rows) counts.set(row.category, (counts.get(row.category) ?? 0) + 1);
  return counts;
}
