import type {
  AmiParameter,
  Detection,
  Finding,
  ImageEntry,
  StackEntry,
} from '../../model/report.js';
import { toIsoDate } from '../../model/iso-date.js';
import { describeFinding, isProblem } from './describe-finding.js';
import { describeImageStatus, type ImageStatus } from './describe-image-status.js';
import { describeNotRunning } from './describe-not-running.js';
import { pickKeyTags, sortTags, toTagView } from './pick-key-tags.js';
import type { RowView, TagView, Tone } from './report-view.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const DETECTION_TEXT: Record<Detection, string> = {
  name: 'parameter name',
  value: 'value is an AMI id',
  ssm: 'SSM parameter type',
  type: 'declared AMI type',
};

export interface RowContext {
  stack: StackEntry;
  images: ReadonlyMap<string, ImageEntry>;
  findings: readonly Finding[];
  now: Date;
}

export const imageKey = (region: string, imageId: string): string => `${region}\u0000${imageId}`;

/** One row per image a parameter holds (a list parameter gives several), or one without. */
export function buildRowViews(context: RowContext): RowView[] {
  const parameters = [...context.stack.parameters].sort((a, b) => compare(a.key, b.key));
  return parameters.flatMap((parameter) => buildParameterRows(parameter, context));
}

function buildParameterRows(parameter: AmiParameter, context: RowContext): RowView[] {
  const ids = parameter.valueState === 'resolved' ? parameter.imageIds : [];
  if (ids.length === 0) return [buildRow(parameter, '', context)];

  return ids.map((imageId) => buildRow(parameter, imageId, context));
}

function buildRow(parameter: AmiParameter, imageId: string, context: RowContext): RowView {
  const image = imageId ? context.images.get(imageKey(context.stack.region, imageId)) : undefined;
  const imageStatus = describeImageStatus(parameter, image, context.now);
  const notRunning = describeNotRunning(context.stack);
  const status = notRunning
    ? describeNotRunningRow(context.stack, notRunning, imageStatus)
    : imageStatus;
  const found = image?.lookup === 'found' ? image : undefined;
  const createdAt = toIsoDate(found?.createdAt) ?? '';
  const ageDays = createdAt ? daysBetween(createdAt, context.now) : null;
  const findings = rowFindings(parameter.key, imageId, context);
  const shown = withFailedChecks(status, findings);

  return {
    parameterKey: parameter.key,
    detectedBy: DETECTION_TEXT[parameter.detectedBy] ?? String(parameter.detectedBy),
    ssmParameter: parameter.ssmParameter ?? '',
    imageId,
    valueText: describeValue(parameter),
    name: found?.name ?? '',
    description: found?.description ?? '',
    createdAt,
    ageDays,
    ageText: ageDays === null ? '' : `${ageDays} day${ageDays === 1 ? '' : 's'}`,
    owner: describeOwner(found),
    state: found?.state ?? '',
    status: status.status,
    statusText: shown.text,
    tone: shown.tone,
    running: notRunning === undefined,
    ...describeTags(found),
    ...describeLineage(found),
    findings: findings.map(describeFinding),
    notableFindings: findings.filter((f) => f.outcome !== 'pass').map(describeFinding),
    passedChecks: findings.filter((f) => f.outcome === 'pass').length,
    problemCount: findings.filter(isProblem).length,
  };
}

const TONE_RANK: Record<Tone, number> = { good: 0, neutral: 1, warning: 2, bad: 3 };

/**
 * An image can be fine (available, not deprecated) while a check on it fails (a missing tag,
 * an age limit): the row then says so in words and takes the colour of the worst failure, so
 * that a green "ok" never stands next to a failed check.
 */
function withFailedChecks(status: ImageStatus, findings: Finding[]): { text: string; tone: Tone } {
  const failed = findings.filter(isProblem).map(describeFinding);
  if (failed.length === 0) return { text: status.text, tone: status.tone };

  const worst = failed.reduce<Tone>(
    (tone, finding) => (TONE_RANK[finding.tone] > TONE_RANK[tone] ? finding.tone : tone),
    status.tone,
  );
  const checks = `${failed.length} check${failed.length === 1 ? '' : 's'} failed`;
  return { text: status.status === 'ok' ? `${status.text}; ${checks}` : status.text, tone: worst };
}

/**
 * A row of a stack that runs nothing: the stack's state comes first, never "ok"; what is wrong
 * with the image itself (missing, deprecated) still shows after it.
 */
function describeNotRunningRow(
  stack: StackEntry,
  text: string,
  imageStatus: ImageStatus,
): ImageStatus {
  const status = stack.deployment === 'deleted' ? 'deleted' : 'not-deployed';
  const image = imageStatus.status === 'ok' ? '' : `; ${imageStatus.text}`;
  return { status, text: `${text}${image}`, tone: 'neutral' };
}

function describeValue(parameter: AmiParameter): string {
  if (parameter.valueState === 'hidden') return '****';
  if (parameter.valueState === 'invalid') return parameter.invalidValue ?? '';
  return '';
}

function describeOwner(image: ImageEntry | undefined): string {
  if (!image?.ownerId) return image?.ownerAlias ?? '';
  return image.ownerAlias ? `${image.ownerAlias} (${image.ownerId})` : image.ownerId;
}

function describeTags(image: ImageEntry | undefined): {
  keyTags: TagView[];
  tags: TagView[];
  tagsNote: string;
} {
  if (!image) return { keyTags: [], tags: [], tagsNote: '' };
  // An image shared by another account shows the consumer none of its owner's tags.
  if (!image.tagsVisible) {
    return { keyTags: [], tags: [], tagsNote: 'not visible (shared from another account)' };
  }

  const tags = image.tags ?? [];
  return {
    keyTags: pickKeyTags(tags),
    tags: sortTags(tags).map(toTagView),
    tagsNote: tags.length === 0 ? 'none' : '',
  };
}

function describeLineage(image: ImageEntry | undefined): { copiedFrom: string; copies: string[] } {
  const lineage = image?.lineage;
  if (!lineage) return { copiedFrom: '', copies: [] };

  const from = lineage.copiedFrom;
  return {
    copiedFrom: from ? `${from.region}/${from.imageId}` : '',
    copies: lineage.copies.map((copy) => `${copy.region}/${copy.imageId}`),
  };
}

function rowFindings(parameterKey: string, imageId: string, context: RowContext): Finding[] {
  return context.findings.filter(
    (finding) =>
      finding.parameterKey === parameterKey &&
      (finding.imageId === undefined || imageId === '' || finding.imageId === imageId),
  );
}

function daysBetween(isoDate: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(isoDate).getTime()) / DAY_MS));
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
