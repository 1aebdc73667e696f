/**
 * Errors the tool reports to its user. Each carries a stable code, a message that names what
 * failed, and a hint that says what to do; the CLI maps the class to an exit code.
 */
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG'
  | 'INPUT'
  | 'OUTPUT'
  | 'TEMPLATE'
  | 'AWS'
  | 'REGION_MISSING'
  | 'CREDENTIALS'
  | 'TIMEOUT'
  | 'GITHUB';

export interface ReportErrorOptions {
  hint?: string;
  cause?: unknown;
}

export class ReportError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: ReportErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
  }
}

/** Wrong flags, conflicting options, a bad config file or unreadable input: exit 2. */
export class UsageError extends ReportError {
  constructor(message: string, options: ReportErrorOptions = {}) {
    super('USAGE', message, options);
  }
}

export class ConfigError extends ReportError {
  constructor(message: string, options: ReportErrorOptions = {}) {
    super('CONFIG', message, options);
  }
}

export class InputError extends ReportError {
  constructor(message: string, options: ReportErrorOptions = {}) {
    super('INPUT', message, options);
  }
}

export class OutputError extends ReportError {
  constructor(message: string, options: ReportErrorOptions = {}) {
    super('OUTPUT', message, options);
  }
}

export class TemplateError extends ReportError {
  constructor(message: string, options: ReportErrorOptions = {}) {
    super('TEMPLATE', message, options);
  }
}

/** AWS could not be read (after retries), or refused the credentials: exit 3. */
export class AwsError extends ReportError {
  readonly awsCode: string;
  readonly operation: string;
  readonly region: string | undefined;

  constructor(
    awsCode: string,
    operation: string,
    region: string | undefined,
    message: string,
    options: ReportErrorOptions = {},
  ) {
    super('AWS', message, options);
    this.awsCode = awsCode;
    this.operation = operation;
    this.region = region;
  }
}

export class RegionMissingError extends ReportError {
  constructor() {
    super('REGION_MISSING', 'no AWS region is set', {
      hint: 'set AWS_REGION, pass --region REGION, or name stacks by their ARN',
    });
  }
}

export class GitHubError extends ReportError {
  constructor(message: string, options: ReportErrorOptions = {}) {
    super('GITHUB', message, options);
  }
}
