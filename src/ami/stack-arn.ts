/** `arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/ID`, partitions aws, aws-cn, aws-us-gov. */
const STACK_ARN = /^arn:aws[a-z-]*:cloudformation:([a-z0-9-]+):(\d{12}):stack\/([^/]+)\/.+$/;

export interface StackArn {
  region: string;
  accountId: string;
  stackName: string;
}

export function parseStackArn(value: string): StackArn | undefined {
  const match = STACK_ARN.exec(value);
  if (!match) return undefined;
  const [, region = '', accountId = '', stackName = ''] = match;
  return { region, accountId, stackName };
}

export function regionOfStackId(stackId: string): string | undefined {
  return parseStackArn(stackId)?.region;
}

export function looksLikeArn(value: string): boolean {
  return value.startsWith('arn:');
}
