import type { AmiParameter, ChangeKind, ParameterChange, StackEntry } from '../model/report.js';
import { findImage, type ImageIndex } from './image-index.js';
import { toImageSide } from './image-side.js';
import { compareText } from './stack-key.js';
import { diffImageTags } from './tag-changes.js';

/** A stack as one report saw it, with that report's images. */
export interface StackSide {
  stack: StackEntry;
  images: ImageIndex;
}

/**
 * The AMI parameter changes between two sides of one deployment, sorted by key. A missing side
 * makes every parameter added or removed. `forceUnknown` is for a stack the current run could
 * not read: nothing can be said about its parameters.
 */
export function compareParameters(
  before: StackSide | undefined,
  after: StackSide | undefined,
  forceUnknown = false,
): ParameterChange[] {
  const keys = new Set([...parameterKeys(before), ...parameterKeys(after)]);

  return [...keys].sort(compareText).map((key) => {
    const beforeParameter = findParameter(before, key);
    const afterParameter = findParameter(after, key);
    const change = forceUnknown ? 'unknown' : classifyChange(beforeParameter, afterParameter);
    return describeChange(
      key,
      change,
      withParameter(before, beforeParameter),
      withParameter(after, afterParameter),
    );
  });
}

/**
 * Compares resolved values, never the text the stack holds: an SSM-typed parameter keeps its
 * parameter name while the AMI behind it moves. A NoEcho value reads back as `****` on every
 * run, so a hidden side can be neither "unchanged" nor "changed".
 */
export function classifyChange(
  before: AmiParameter | undefined,
  after: AmiParameter | undefined,
): ChangeKind {
  if (!before) return 'added';
  if (!after) return 'removed';
  if (before.valueState === 'hidden' || after.valueState === 'hidden') return 'unknown';

  return haveSameValue(before, after) ? 'unchanged' : 'changed';
}

function haveSameValue(before: AmiParameter, after: AmiParameter): boolean {
  if (before.valueState !== after.valueState) return false;
  if (before.valueState === 'invalid') return before.invalidValue === after.invalidValue;

  return sameIds(before.imageIds, after.imageIds);
}

function sameIds(before: string[], after: string[]): boolean {
  const a = [...before].sort(compareText);
  const b = [...after].sort(compareText);
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

interface ParameterOnSide {
  parameter: AmiParameter;
  side: StackSide;
}

function describeChange(
  key: string,
  change: ChangeKind,
  before: ParameterOnSide | undefined,
  after: ParameterOnSide | undefined,
): ParameterChange {
  const result: ParameterChange = { key, change };
  if (before)
    result.before = toImageSide(before.parameter, before.side.stack.region, before.side.images);
  if (after)
    result.after = toImageSide(after.parameter, after.side.stack.region, after.side.images);

  const tagChanges = change === 'changed' ? compareSingleImageTags(before, after) : undefined;
  if (tagChanges) result.tagChanges = tagChanges;
  return result;
}

/** Tags are compared only image to image; a list parameter has no single old and new image. */
function compareSingleImageTags(
  before: ParameterOnSide | undefined,
  after: ParameterOnSide | undefined,
): ParameterChange['tagChanges'] {
  const beforeId = singleImageId(before);
  const afterId = singleImageId(after);
  if (!before || !after || !beforeId || !afterId) return undefined;

  return diffImageTags(
    findImage(before.side.images, before.side.stack.region, beforeId),
    findImage(after.side.images, after.side.stack.region, afterId),
  );
}

function singleImageId(side: ParameterOnSide | undefined): string | undefined {
  if (!side || side.parameter.valueState !== 'resolved') return undefined;

  return side.parameter.imageIds.length === 1 ? side.parameter.imageIds[0] : undefined;
}

function parameterKeys(side: StackSide | undefined): string[] {
  return side ? side.stack.parameters.map((parameter) => parameter.key) : [];
}

function findParameter(side: StackSide | undefined, key: string): AmiParameter | undefined {
  return side?.stack.parameters.find((parameter) => parameter.key === key);
}

function withParameter(
  side: StackSide | undefined,
  parameter: AmiParameter | undefined,
): ParameterOnSide | undefined {
  return side && parameter ? { side, parameter } : undefined;
}
