/**
 * `ami-report.<account>.<region>.<stack>`. Jenkins splits a classname at its last dot into
 * package and class, so each part loses its own dots; an empty classname breaks its views.
 * Only stable parts go in: an AMI name or id changes with every release.
 */
export function junitClassname(accountId: string, region: string, stackName: string): string {
  return ['ami-report', accountId, region, stackName].map(toClassnamePart).join('.');
}

function toClassnamePart(value: string): string {
  const part = value.trim().replace(/\./g, '_').replace(/\s+/g, '_');
  return part === '' ? 'unknown' : part;
}
