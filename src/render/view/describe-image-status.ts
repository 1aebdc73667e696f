import type { AmiParameter, ImageEntry } from '../../model/report.js';
import type { StatusKey, Tone } from './report-view.js';

export interface ImageStatus {
  status: StatusKey;
  text: string;
  tone: Tone;
}

/**
 * The state of one row in words, so that it never depends on colour alone. The order matters:
 * a parameter without a usable id has no image, and an image that cannot be read has no state.
 */
export function describeImageStatus(
  parameter: AmiParameter,
  image: ImageEntry | undefined,
  now: Date,
): ImageStatus {
  if (parameter.valueState === 'hidden') {
    return { status: 'hidden', text: 'hidden (NoEcho)', tone: 'neutral' };
  }
  if (parameter.valueState === 'not-set')
    return { status: 'not-set', text: 'not set', tone: 'warning' };
  if (parameter.valueState === 'invalid') {
    return { status: 'invalid', text: 'invalid AMI id', tone: 'bad' };
  }

  return describeLookedUpImage(image, now);
}

function describeLookedUpImage(image: ImageEntry | undefined, now: Date): ImageStatus {
  if (image === undefined || image.lookup === 'unknown') {
    return { status: 'unknown', text: 'unknown (lookup failed)', tone: 'bad' };
  }
  if (image.lookup === 'not-found') return { status: 'not-found', text: 'not found', tone: 'bad' };
  if (image.state === 'pending') return { status: 'pending', text: 'pending', tone: 'warning' };
  if (image.state === 'failed') return describeFailed(image);
  if (image.state !== undefined && image.state !== 'available') {
    return { status: 'other-state', text: image.state, tone: 'bad' };
  }

  return describeDeprecation(image, now);
}

function describeFailed(image: ImageEntry): ImageStatus {
  const reason = image.stateReason ? `: ${image.stateReason}` : '';
  return { status: 'failed', text: `failed${reason}`, tone: 'bad' };
}

function describeDeprecation(image: ImageEntry, now: Date): ImageStatus {
  if (image.deprecatedAt === undefined) return { status: 'ok', text: 'ok', tone: 'good' };

  const deprecatedAt = new Date(image.deprecatedAt);
  if (deprecatedAt.getTime() <= now.getTime()) {
    return {
      status: 'deprecated',
      text: `deprecated since ${image.deprecatedAt}`,
      tone: 'bad',
    };
  }
  return {
    status: 'deprecation-scheduled',
    text: `deprecation scheduled ${image.deprecatedAt}`,
    tone: 'warning',
  };
}
