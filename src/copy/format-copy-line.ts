import type { CopyDestination } from './copy-ami-types.js';

/** One line per destination for the log, such as `eu-central-1: copied ami-1 (pending)`. */
export function formatCopyLine(destination: CopyDestination): string {
  const state = destination.state ? ` (${destination.state})` : '';
  const reason = destination.stateReason ? `: ${destination.stateReason}` : '';
  const note = destination.note ? `; ${destination.note}` : '';
  return `${destination.region}: ${describeAction(destination)}${state}${reason}${note}`;
}

function describeAction(destination: CopyDestination): string {
  const id = destination.imageId ?? '';
  switch (destination.action) {
    case 'copied':
      return `copied to ${id}`;
    case 'exists':
      return `copy ${id} already exists`;
    case 'recovered':
      return `recovered copy ${id} and recorded it on the source`;
    case 'replaced-stale':
      return `copied again to ${id}`;
    case 'planned':
      return id ? `dry run, found copy ${id}` : 'dry run';
  }
}
