import { UsageError } from '../model/errors.js';

const REGION = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d+$/;

export function stringFlag(flags: Record<string, unknown>, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

export function listFlag(flags: Record<string, unknown>, name: string): string[] {
  const value = flags[name];
  return Array.isArray(value) ? value.map(String) : [];
}

export function booleanFlag(flags: Record<string, unknown>, name: string): boolean {
  return flags[name] === true;
}

/** A whole number within bounds, or a usage error that names the flag. */
export function integerFlag(
  flags: Record<string, unknown>,
  name: string,
  flag: string,
  bounds: { min: number; max: number },
): number | undefined {
  const text = stringFlag(flags, name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < bounds.min || value > bounds.max) {
    throw new UsageError(
      `${flag} ${text} is not a whole number from ${bounds.min} to ${bounds.max}`,
      {
        hint: `pass ${flag} with a number such as ${bounds.min}`,
      },
    );
  }
  return value;
}

export function checkRegion(region: string, flag = '--region'): string {
  if (!REGION.test(region)) {
    throw new UsageError(`${flag} ${region} is not an AWS region name`, {
      hint: 'use a region such as eu-west-1 or us-east-1',
    });
  }
  return region;
}

export function parseStackTag(text: string): { key: string; value: string } {
  const at = text.indexOf('=');
  if (at <= 0) {
    throw new UsageError(`--stack-tag ${text} is not KEY=VALUE`, {
      hint: 'write the tag as --stack-tag Environment=prod',
    });
  }
  return { key: text.slice(0, at), value: text.slice(at + 1) };
}

export function parseFormats(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const formats = text
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== '');
  if (formats.length === 0) {
    throw new UsageError('--format is empty', { hint: 'pass --format md,html,junit,json' });
  }
  return [...new Set(formats)];
}
