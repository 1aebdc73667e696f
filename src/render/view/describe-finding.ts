import type { Finding } from '../../model/report.js';
import type { FindingView, Tone } from './report-view.js';

/** A finding as one line of text: outcome and severity spelled out, the waiver explained. */
export function describeFinding(finding: Finding): FindingView {
  return {
    check: finding.check,
    severity: finding.severity,
    outcome: finding.outcome,
    label: labelFinding(finding),
    tone: toneOf(finding),
    message: finding.message,
    waiver: describeWaiver(finding),
  };
}

/** A finding that counts against the report: failed, not waived. */
export function isProblem(finding: Finding): boolean {
  return finding.outcome === 'fail';
}

function labelFinding(finding: Finding): string {
  if (finding.outcome === 'fail') return `FAIL (${finding.severity})`;
  if (finding.outcome === 'waived') return 'waived';
  if (finding.outcome === 'skip') return 'skipped';
  return 'pass';
}

function toneOf(finding: Finding): Tone {
  if (finding.outcome !== 'fail') return finding.outcome === 'pass' ? 'good' : 'neutral';
  return finding.severity === 'info' ? 'neutral' : finding.severity === 'error' ? 'bad' : 'warning';
}

function describeWaiver(finding: Finding): string {
  const waiver = finding.waiver;
  if (!waiver) return '';

  // an expired waiver no longer waives: the result fails again, and says which waiver lapsed
  if (waiver.expired) return `waiver expired ${waiver.expires ?? ''}: ${waiver.reason}`;
  const expiry = waiver.expires ? ` (expires ${waiver.expires})` : '';
  return `waived: ${waiver.reason}${expiry}`;
}
