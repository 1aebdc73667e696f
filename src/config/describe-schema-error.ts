import type { ErrorObject } from 'ajv';
import { formatFieldPath, splitInstancePath } from './locate-line.js';

/** What the line locator and the message need to know about one schema violation. */
export interface SchemaProblem {
  segments: (string | number)[];
  /** Set when the problem is a key of the map at `segments` rather than a value. */
  key?: string;
  message: string;
  hint: string;
}

const SCHEMA_HINT = 'see schema/config.schema.json in the package for what is allowed';

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  integer: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map',
};

/** Turns an ajv error (run with `verbose`) into a sentence naming the field. */
export function describeSchemaError(error: ErrorObject): SchemaProblem {
  const segments = splitInstancePath(error.instancePath);
  const field = segments.length === 0 ? 'the file' : formatFieldPath(segments);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'additionalProperties':
      return describeUnknownKey(segments, String(params.additionalProperty), error);
    case 'required':
      return describeMissing(segments, field, String(params.missingProperty));
    default:
      return { segments, ...describeValue(field, error, params) };
  }
}

function describeValue(field: string, error: ErrorObject, params: Record<string, unknown>) {
  const expected = readExpected(error.parentSchema);
  const describe = (must: string, hint: string) => ({ message: `${field} must be ${must}`, hint });

  switch (error.keyword) {
    case 'type':
      return describe(TYPE_NAMES[String(params.type)] ?? String(params.type), typeHint(params));
    case 'enum':
      return describe(`one of: ${listAllowed(params)}`, 'use one of the values listed');
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
      return describe(`${boundWord(error.keyword)} ${String(params.limit)}`, 'change the number');
    case 'minItems':
      return describe('a list with at least one item', 'add an item or remove the key');
    case 'minLength':
      return describe('a non-empty string', 'write a value or remove the key');
    case 'uniqueItems':
      return describe('a list without repeated items', 'remove the repeated item');
    default:
      return describe(expected ?? `valid (${error.message ?? error.keyword})`, SCHEMA_HINT);
  }
}

function describeUnknownKey(
  segments: (string | number)[],
  key: string,
  error: ErrorObject,
): SchemaProblem {
  const where = segments.length === 0 ? key : `${formatFieldPath(segments)}.${key}`;
  const known = Object.keys(readProperties(error.parentSchema)).filter((k) => k !== '$schema');

  return {
    segments,
    key,
    message: `${where} is not a known setting`,
    hint: `check the spelling; known here: ${known.join(', ')}`,
  };
}

function describeMissing(
  segments: (string | number)[],
  field: string,
  missing: string,
): SchemaProblem {
  return { segments, message: `${field} needs ${missing}`, hint: `add ${missing}` };
}

function typeHint(params: Record<string, unknown>): string {
  const type = String(params.type);
  if (type === 'number' || type === 'integer') return 'write a number without quotes';
  if (type === 'array') return 'write a list (one "- item" per line, or [a, b])';
  if (type === 'object') return 'write a map (one "key: value" per line)';

  return `write ${TYPE_NAMES[type] ?? type}`;
}

function listAllowed(params: Record<string, unknown>): string {
  const allowed = params.allowedValues;
  return Array.isArray(allowed) ? allowed.map(String).join(', ') : '';
}

function boundWord(keyword: string): string {
  if (keyword === 'minimum') return 'at least';
  if (keyword === 'maximum') return 'at most';

  return 'greater than';
}

function readExpected(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null || !('expected' in schema)) return undefined;

  return typeof schema.expected === 'string' ? schema.expected : undefined;
}

function readProperties(schema: unknown): Record<string, unknown> {
  if (typeof schema !== 'object' || schema === null || !('properties' in schema)) return {};

  const properties = schema.properties;
  return typeof properties === 'object' && properties !== null ? { ...properties } : {};
}
