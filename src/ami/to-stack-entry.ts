import type { Stack } from '@aws-sdk/client-cloudformation';

import type { AmiParameter, StackEntry } from '../model/report.js';
import { toIsoDate } from '../model/iso-date.js';
import { deploymentStateOf } from './deployment-state.js';
import { parseStackArn } from './stack-arn.js';

/** The report's view of a stack; `region` is the stack's own, from its id. */
export function toStackEntry(
  stack: Stack,
  parameters: AmiParameter[],
  fallbackRegion: string,
): StackEntry {
  const arn = parseStackArn(stack.StackId ?? '');
  const status = stack.StackStatus ?? 'UNKNOWN';
  return {
    stackId: stack.StackId ?? '',
    stackName: stack.StackName ?? arn?.stackName ?? '',
    region: arn?.region ?? fallbackRegion,
    accountId: arn?.accountId ?? '',
    status,
    ...(stack.StackStatusReason ? { statusReason: stack.StackStatusReason } : {}),
    deployment: deploymentStateOf(status),
    createdAt: toIsoDate(stack.CreationTime) ?? '',
    ...optional('lastUpdatedAt', toIsoDate(stack.LastUpdatedTime)),
    ...optional('parentId', stack.ParentId),
    ...optional('rootId', stack.RootId),
    parameters,
  };
}

function optional<K extends string>(key: K, value: string | undefined) {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
