/**
 * A structural check of the report fields the diff reads. It names each problem by its path
 * (`stacks[2].region`) so that a user can find it in the file. It is not a full schema
 * check: fields the diff does not read are left alone.
 */
export type ShapeProblem = string;

type Rule = (value: unknown, path: string) => ShapeProblem[];

const VALUE_STATES = ['resolved', 'hidden', 'not-set', 'invalid'];

export function checkReportShape(value: unknown, requireAllLists: boolean): ShapeProblem[] {
  return objectOf({
    generatedAt: text,
    stacks: listOf(stackRule),
    images: listOf(imageRule),
    findings: requireAllLists ? listOf(findingRule) : optional(listOf(findingRule)),
    errors: requireAllLists ? listOf(errorRule) : optional(listOf(errorRule)),
  })(value, '');
}

const parameterRule: Rule = objectOf({
  key: text,
  valueState: oneOf(VALUE_STATES),
  imageIds: listOf(text),
  ssmParameter: optional(text),
  invalidValue: optional(text),
});

const stackRule: Rule = objectOf({
  stackId: text,
  stackName: text,
  region: text,
  accountId: text,
  deployment: optional(text),
  parameters: listOf(parameterRule),
});

const tagRule: Rule = objectOf({ key: text, value: text });

const imageRule: Rule = objectOf({
  region: text,
  imageId: text,
  lookup: text,
  name: optional(text),
  createdAt: optional(text),
  tags: optional(listOf(tagRule)),
  tagsVisible: optional(flag),
});

const findingRule: Rule = objectOf({
  check: text,
  outcome: text,
  stackName: text,
  region: text,
  parameterKey: optional(text),
  imageId: optional(text),
});

const errorRule: Rule = objectOf({ code: text, operation: text, message: text });

function text(value: unknown, path: string): ShapeProblem[] {
  return typeof value === 'string' ? [] : [`${path} ${describeExpected('a string', value)}`];
}

function flag(value: unknown, path: string): ShapeProblem[] {
  return typeof value === 'boolean' ? [] : [`${path} ${describeExpected('true or false', value)}`];
}

function oneOf(allowed: string[]): Rule {
  return (value, path) =>
    typeof value === 'string' && allowed.includes(value)
      ? []
      : [`${path} ${describeExpected(`one of ${allowed.join(', ')}`, value)}`];
}

function optional(rule: Rule): Rule {
  return (value, path) => (value === undefined ? [] : rule(value, path));
}

function listOf(rule: Rule): Rule {
  return (value, path) => {
    if (!Array.isArray(value)) return [`${path} ${describeExpected('a list', value)}`];

    return value.flatMap((item: unknown, index) => rule(item, `${path}[${index}]`));
  };
}

function objectOf(fields: Record<string, Rule>): Rule {
  return (value, path) => {
    if (!isRecord(value)) return [`${path || 'the file'} ${describeExpected('an object', value)}`];

    return Object.entries(fields).flatMap(([name, rule]) =>
      rule(value[name], path ? `${path}.${name}` : name),
    );
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeExpected(expected: string, value: unknown): string {
  if (value === undefined) return `is missing (expected ${expected})`;

  return `is ${describeValue(value)} (expected ${expected})`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'an object';
}
