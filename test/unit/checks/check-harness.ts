import type { Check } from '../../../src/checks/check.js';
import type { CheckSettings } from '../../../src/config/config-types.js';
import { emptyChecksConfig } from '../../../src/config/config-types.js';
import type {
  AmiParameter,
  AmiReport,
  Finding,
  ImageEntry,
  StackEntry,
} from '../../../src/model/report.js';
import {
  REPORT_CLOCK,
  aParameter,
  aReport,
  aStack,
  anImage,
} from '../../helpers/report-builders.js';

/** The fixed clock of every check test. */
export const NOW = new Date(REPORT_CLOCK);

export const DAY_MS = 24 * 60 * 60 * 1000;

/** An ISO date `days` days (fractions allowed) after NOW; negative for before. */
export function daysFromNow(days: number, extraMs = 0): string {
  return new Date(NOW.getTime() + days * DAY_MS + extraMs).toISOString();
}

export interface OneRowOverrides {
  image?: Partial<ImageEntry>;
  parameter?: Partial<AmiParameter>;
  stack?: Partial<StackEntry>;
}

/** A report with one stack, one parameter and (when resolved) the one image it names. */
export function aOneRowReport(overrides: OneRowOverrides = {}): AmiReport {
  const parameter = aParameter(overrides.parameter);
  const stack = aStack({ parameters: [parameter], ...overrides.stack });
  const images = parameter.imageIds.map((imageId) =>
    anImage({ imageId, region: stack.region, ...overrides.image }),
  );

  return aReport({ stacks: [stack], images });
}

/** Runs one check the way runChecks does, with the check's defaults under the settings. */
export function runCheck(
  check: Check,
  report: AmiReport,
  settings: CheckSettings = {},
  now: Date = NOW,
): Finding[] {
  const config = emptyChecksConfig();
  return check.run({ report, now, config, settings: { ...check.defaults, ...settings } });
}

/** The one result a one-row report gives; fails the test when there is not exactly one. */
export function runCheckOnce(
  check: Check,
  overrides: OneRowOverrides,
  settings: CheckSettings = {},
): Finding {
  const findings = runCheck(check, aOneRowReport(overrides), settings);
  if (findings.length !== 1) {
    throw new Error(`expected one result from ${check.id}, got ${findings.length}`);
  }

  return findings[0] as Finding;
}
