import type { Image } from '@aws-sdk/client-ec2';
import type { ParameterDeclaration, Stack } from '@aws-sdk/client-cloudformation';

/**
 * What collection reads from AWS, in AWS's own shapes. Live AWS and an AWS CLI capture both
 * implement it, so the same pipeline serves both. Methods throw AwsError.
 */
export interface StackReader {
  /** The stack by name or ARN; undefined when AWS says it does not exist. */
  describeStack(region: string, stackNameOrId: string): Promise<Stack | undefined>;
  /** Every stack of the region, across all pages. */
  listStacks(region: string): Promise<Stack[]>;
  /** One DescribeImages call for these ids; throws as AWS does when one id is bad. */
  describeImages(region: string, imageIds: string[]): Promise<Image[]>;
  /** Parameter declarations (types, NoEcho) of a deployed stack; undefined when unknown. */
  getTemplateSummary(region: string, stackId: string): Promise<ParameterDeclaration[] | undefined>;
}
