import {
  DescribeStacksCommand,
  GetTemplateSummaryCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { DescribeImagesCommand, type Image } from '@aws-sdk/client-ec2';

import type { ClientFactory } from './client-factory.js';
import type { StackReader } from './stack-reader.js';
import { awsErrorCode, wrapAwsError } from './wrap-aws-error.js';

/**
 * Reads stacks and images from AWS through the SDK. `signal` aborts requests in flight (the
 * run's --timeout), so that nothing keeps waiting for an answer that is no longer wanted.
 */
export class LiveReader implements StackReader {
  private readonly sendOptions: { abortSignal?: AbortSignal };

  constructor(
    private readonly clients: ClientFactory,
    signal?: AbortSignal,
  ) {
    this.sendOptions = signal ? { abortSignal: signal } : {};
  }

  async describeStack(region: string, stackNameOrId: string): Promise<Stack | undefined> {
    try {
      const command = new DescribeStacksCommand({ StackName: stackNameOrId });
      const output = await this.clients.cloudFormation(region).send(command, this.sendOptions);
      return output.Stacks?.[0];
    } catch (error) {
      if (isStackMissing(error)) return undefined;
      throw wrapAwsError(error, 'DescribeStacks', region);
    }
  }

  async listStacks(region: string): Promise<Stack[]> {
    const stacks: Stack[] = [];
    try {
      const client = this.clients.cloudFormation(region);
      let NextToken: string | undefined;
      do {
        const command = new DescribeStacksCommand(NextToken ? { NextToken } : {});
        const page = await client.send(command, this.sendOptions);
        stacks.push(...(page.Stacks ?? []));
        NextToken = page.NextToken;
      } while (NextToken);
    } catch (error) {
      throw wrapAwsError(error, 'DescribeStacks', region);
    }
    return stacks;
  }

  async describeImages(region: string, imageIds: string[]): Promise<Image[]> {
    try {
      // No MaxResults: AWS rejects it together with ImageIds.
      const command = new DescribeImagesCommand({ ImageIds: imageIds });
      const output = await this.clients.ec2(region).send(command, this.sendOptions);
      return output.Images ?? [];
    } catch (error) {
      throw wrapAwsError(error, 'DescribeImages', region);
    }
  }

  async getTemplateSummary(region: string, stackId: string) {
    try {
      const command = new GetTemplateSummaryCommand({ StackName: stackId });
      const output = await this.clients.cloudFormation(region).send(command, this.sendOptions);
      return output.Parameters ?? [];
    } catch (error) {
      throw wrapAwsError(error, 'GetTemplateSummary', region);
    }
  }
}

/**
 * CloudFormation has no error code of its own for a missing stack: it answers ValidationError
 * "Stack with id NAME does not exist". Any other ValidationError is a real error.
 */
export function isStackMissing(error: unknown): boolean {
  if (awsErrorCode(error) !== 'ValidationError') return false;
  const message = error instanceof Error ? error.message : '';
  return /does not exist/i.test(message);
}
