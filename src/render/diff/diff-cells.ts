import type { ImageSide, ParameterChange, StackChange } from '../../model/report.js';
import { escapeMarkdownCell, markdownCodeCell } from '../markdown/escape-markdown.js';
import { describeAgeDifference, formatInstant } from './diff-text.js';

/** Table cells of the diff, each already escaped for a GFM table. */

export function stackCell(stack: StackChange, showAccount: boolean): string {
  const lines = [escapeMarkdownCell(stack.stackName)];
  if (showAccount) lines.push(escapeMarkdownCell(stack.accountId));
  const note = stackNote(stack);
  if (note) lines.push(`_${note}_`);
  return lines.join('<br>');
}

function stackNote(stack: StackChange): string | undefined {
  if (stack.notRead) return `not read this run (${escapeMarkdownCell(stack.notRead.code)})`;
  if (stack.change === 'added') return 'new stack';
  if (stack.change === 'removed') return 'stack removed';
  return stack.change === 'replaced' ? 're-created (new stack id)' : undefined;
}

export function changeCell(stack: StackChange, parameter: ParameterChange): string {
  if (parameter.change !== 'unknown') return `**${parameter.change}**`;
  if (stack.notRead) return 'unknown (stack not read)';
  return isHidden(parameter.before) || isHidden(parameter.after) ? 'unknown (NoEcho)' : 'unknown';
}

/** The before side: absent for a parameter that is new. */
export function beforeCell(parameter: ParameterChange): string {
  return parameter.before ? sideCell(parameter.before) : '—';
}

/** The after side: absent for a parameter whose stack is gone or was not read. */
export function afterCell(stack: StackChange, parameter: ParameterChange): string {
  if (parameter.after) return sideCell(parameter.after);
  return stack.notRead ? 'not read' : '_gone_';
}

export function sideCell(side: ImageSide): string {
  const lines = valueLines(side);
  if (side.ssmParameter !== undefined) lines.push(`from ${markdownCodeCell(side.ssmParameter)}`);
  return lines.join('<br>');
}

function valueLines(side: ImageSide): string[] {
  if (side.valueState === 'hidden') return ['hidden (NoEcho)'];
  if (side.valueState === 'not-set') return ['not set'];
  if (side.valueState === 'invalid') {
    return [`not an AMI id: ${markdownCodeCell(side.invalidValue ?? '')}`];
  }
  return side.imageIds.flatMap((imageId, index) => imageLines(side, imageId, index));
}

function imageLines(side: ImageSide, imageId: string, index: number): string[] {
  // a saved report says null for an image that was not described, and an older one may say
  // nothing at all
  const name = side.names[index] ?? undefined;
  const created = formatInstant(side.createdAt[index] ?? undefined);
  const label = name === undefined ? '_not described_' : escapeMarkdownCell(name);
  const lines = [`${markdownCodeCell(imageId)} ${label}`];
  if (created) lines.push(`created ${created}`);
  return lines;
}

/** Only a single old image against a single new one has an age difference. */
export function ageCell(parameter: ParameterChange): string {
  const { before, after } = parameter;
  if (parameter.change !== 'changed' || !isSingleImage(before) || !isSingleImage(after)) {
    return '—';
  }
  const [was, is] = [before.createdAt[0] ?? undefined, after.createdAt[0] ?? undefined];
  return describeAgeDifference(was, is) ?? '—';
}

export function tagChangesCell(parameter: ParameterChange): string {
  if (parameter.change !== 'changed') return '—';
  if (!parameter.tagChanges) return 'not compared';
  if (parameter.tagChanges.length === 0) return 'none';

  return parameter.tagChanges
    .map(
      (tag) => `${escapeMarkdownCell(tag.key)}: ${tagValue(tag.before)} → ${tagValue(tag.after)}`,
    )
    .join('<br>');
}

function tagValue(value: string | undefined): string {
  return value === undefined ? '—' : markdownCodeCell(value);
}

function isHidden(side: ImageSide | undefined): boolean {
  return side?.valueState === 'hidden';
}

function isSingleImage(side: ImageSide | undefined): side is ImageSide {
  return side?.valueState === 'resolved' && side.imageIds.length === 1;
}
