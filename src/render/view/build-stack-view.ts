import type { Finding, ImageEntry, StackEntry } from '../../model/report.js';
import { toIsoDate } from '../../model/iso-date.js';
import { buildRowViews } from './build-row-views.js';
import { describeDeployment } from './describe-deployment.js';
import { describeFinding, isProblem } from './describe-finding.js';
import { describeNotRunning } from './describe-not-running.js';
import type { StackView } from './report-view.js';

export interface StackContext {
  images: ReadonlyMap<string, ImageEntry>;
  /** The findings of this stack only. */
  findings: readonly Finding[];
  now: Date;
}

/** A stack, its rows, and what its status means for the AMIs it runs. */
export function buildStackView(stack: StackEntry, index: number, context: StackContext): StackView {
  const findings = context.findings;
  const rows = buildRowViews({ stack, images: context.images, findings, now: context.now });
  const stackFindings = findings.filter((finding) => finding.parameterKey === undefined);
  const deployment = describeDeployment(stack.deployment);

  return {
    anchor: `stack-${index + 1}-${toAnchorPart(stack.region)}-${toAnchorPart(stack.stackName)}`,
    stackName: stack.stackName,
    stackId: stack.stackId,
    region: stack.region,
    accountId: stack.accountId,
    status: stack.status,
    statusReason: stack.statusReason ?? '',
    deployment: stack.deployment,
    deploymentText: describeNotRunning(stack) ?? deployment.text,
    deploymentTone: deployment.tone,
    createdAt: toIsoDate(stack.createdAt) ?? '',
    lastUpdatedAt: toIsoDate(stack.lastUpdatedAt) ?? '',
    nestedIn: stack.parentId ?? '',
    rows,
    findings: stackFindings.map(describeFinding),
    problemCount: findings.filter(isProblem).length,
  };
}

function toAnchorPart(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
