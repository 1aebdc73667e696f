import { parseStackArn, looksLikeArn } from '../ami/stack-arn.js';
import { RegionMissingError, UsageError } from '../model/errors.js';
import type { SelectionOptions } from '../config/config-types.js';

/** One stack to describe by name or id, in one region. */
export interface NamedTarget {
  region: string;
  stack: string;
}

export interface StackTargets {
  named: NamedTarget[];
  /** Regions to list every stack of, when no stack is named. */
  discoveryRegions: string[];
}

/**
 * Where to look. An ARN carries its own region; a plain name is looked for in every region
 * given, or the default region. Discovery lists every given region.
 */
export function planStackTargets(
  selection: SelectionOptions,
  defaultRegion: string | undefined,
): StackTargets {
  const regions = selection.regions.length > 0 ? selection.regions : optionalList(defaultRegion);
  if (selection.stacks.length === 0) {
    if (regions.length === 0) throw new RegionMissingError();
    return { named: [], discoveryRegions: regions };
  }

  const named: NamedTarget[] = [];
  for (const stack of selection.stacks) named.push(...targetsOf(stack, regions));
  return { named, discoveryRegions: [] };
}

function targetsOf(stack: string, regions: string[]): NamedTarget[] {
  if (looksLikeArn(stack)) {
    const arn = parseStackArn(stack);
    if (!arn) {
      throw new UsageError(`--stack ${stack} is not a CloudFormation stack ARN`, {
        hint: 'use arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/ID or the stack name',
      });
    }
    return [{ region: arn.region, stack }];
  }
  if (regions.length === 0) throw new RegionMissingError();
  return regions.map((region) => ({ region, stack }));
}

function optionalList(value: string | undefined): string[] {
  return value ? [value] : [];
}
