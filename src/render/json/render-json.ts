import type { AmiReport } from '../../model/report.js';

export const JSON_FILE = 'ami-report.json';

/** The report model itself, as the next run's baseline and for other tools. */
export function renderJson(report: AmiReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
