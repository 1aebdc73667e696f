import {
  type CloudFormationClient,
  DescribeStacksCommand,
  type Parameter,
} from '@aws-sdk/client-cloudformation';

import { isAmiId, NOECHO_MASK } from '../ami/ami-id.js';
import { InputError } from '../model/errors.js';
import { callAws } from './call-aws.js';
import { isStackMissing } from '../aws/live-reader.js';

export interface ResolveStackImageOptions {
  cfn: CloudFormationClient;
  /** Stack name or ARN. */
  stack: string;
  parameterKey: string;
}

/**
 * The AMI id a deployed stack's parameter holds. An SSM-typed parameter holds the SSM name in
 * its value and the AMI id in `ResolvedValue`, so the resolved value wins.
 */
export async function resolveStackImage(options: ResolveStackImageOptions): Promise<string> {
  const parameters = await readStackParameters(options);
  const parameter = parameters.find((candidate) => candidate.ParameterKey === options.parameterKey);
  if (!parameter) throw missingParameter(options, parameters);

  return readImageId(options, parameter);
}

async function readStackParameters(options: ResolveStackImageOptions): Promise<Parameter[]> {
  const region = await options.cfn.config.region();
  const output = await callAws('DescribeStacks', region, () =>
    options.cfn.send(new DescribeStacksCommand({ StackName: options.stack })),
  ).catch((error: unknown) => {
    // a name that is not there is the user's input, not an AWS failure
    if (!isStackMissing(error)) throw error;
    throw new InputError(`stack ${options.stack} does not exist in ${region}`, {
      hint: 'check --stack and --source-region (a stack is looked for in the source region)',
    });
  });
  return output.Stacks?.[0]?.Parameters ?? [];
}

function readImageId(options: ResolveStackImageOptions, parameter: Parameter): string {
  const value = (parameter.ResolvedValue ?? parameter.ParameterValue ?? '').trim();
  if (isAmiId(value)) return value;

  const where = `parameter ${options.parameterKey} of stack ${options.stack}`;
  if (value === NOECHO_MASK) {
    throw new InputError(`${where} is NoEcho; its value cannot be read`, {
      hint: 'pass the AMI id with --image-id instead',
    });
  }
  throw new InputError(`${where} holds ${JSON.stringify(value)}, which is not an AMI id`, {
    hint: 'name the parameter that holds the AMI id with --ami-parameter, or pass --image-id',
  });
}

function missingParameter(options: ResolveStackImageOptions, parameters: Parameter[]): InputError {
  const keys = parameters.map((parameter) => parameter.ParameterKey ?? '').sort();
  const known = keys.length > 0 ? keys.join(', ') : 'none';
  return new InputError(`stack ${options.stack} has no parameter ${options.parameterKey}`, {
    hint: `its parameters are: ${known}`,
  });
}
