import { readFile } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv } from 'ajv';

import { packageFile } from '../package-root.js';

let compiled: Promise<ValidateFunction> | undefined;

/** The compiled validator of schema/config.schema.json, read once per process. */
export function loadConfigValidator(): Promise<ValidateFunction> {
  compiled ??= compileSchema();
  return compiled;
}

async function compileSchema(): Promise<ValidateFunction> {
  const schema: unknown = JSON.parse(
    await readFile(packageFile('schema', 'config.schema.json'), 'utf8'),
  );
  const ajv = new Ajv({ allErrors: true, verbose: true });
  // `expected` is an annotation for error messages; strict mode would reject it otherwise.
  ajv.addVocabulary(['expected']);

  return ajv.compile(schema as object);
}

/**
 * Keeps the errors a user can act on: an `anyOf` that failed says what was expected as a
 * whole, so the errors of its branches are dropped. Branch errors are those under the anyOf in
 * the schema, or at or below its value but from a schema reached through a `$ref`.
 */
export function pruneBranchErrors(errors: ErrorObject[]): ErrorObject[] {
  const anyOfs = errors.filter((error) => error.keyword === 'anyOf');

  return errors.filter(
    (error) => error.keyword === 'anyOf' || !anyOfs.some((anyOf) => isBranchError(error, anyOf)),
  );
}

function isBranchError(error: ErrorObject, anyOf: ErrorObject): boolean {
  const node = anyOf.schemaPath.slice(0, -'/anyOf'.length);
  if (error.schemaPath.startsWith(`${node}/anyOf/`)) return true;

  const atOrBelow =
    error.instancePath === anyOf.instancePath ||
    error.instancePath.startsWith(`${anyOf.instancePath}/`);
  return atOrBelow && !error.schemaPath.startsWith(`${node}/`);
}
