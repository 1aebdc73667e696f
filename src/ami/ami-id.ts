import type { ValueState } from '../model/report.js';

/** EC2 image ids: `ami-` and 8 (older) or 17 lowercase hex digits. */
export const AMI_ID = /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/;

/** CloudFormation shows NoEcho parameter values as this, whatever they hold. */
export const NOECHO_MASK = '****';

export interface ParsedValue {
  state: ValueState;
  imageIds: string[];
  invalidValue?: string;
}

export function isAmiId(value: string): boolean {
  return AMI_ID.test(value);
}

/** True for values that look meant as AMI ids, well formed or not (`ami-xyz`, `ami-1,ami-2`). */
export function looksLikeAmiValue(value: string): boolean {
  return /^ami-/i.test(value.trim());
}

/**
 * Reads a parameter value as one AMI id or a comma-separated list of them. Spaces around ids are
 * ignored; repeated ids are kept once. Anything else is `invalid` and is never sent to EC2.
 */
export function parseAmiValue(raw: string | undefined): ParsedValue {
  const value = (raw ?? '').trim();
  if (value === '') return { state: 'not-set', imageIds: [] };
  if (value === NOECHO_MASK) return { state: 'hidden', imageIds: [] };

  const parts = value.split(',').map((part) => part.trim());
  if (!parts.every(isAmiId)) return { state: 'invalid', imageIds: [], invalidValue: value };
  return { state: 'resolved', imageIds: [...new Set(parts)] };
}
