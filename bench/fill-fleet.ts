import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { MotoFixtures } from '../test/helpers/moto-fixtures.js';
import { cleanEnv } from '../test/helpers/run-cli.js';
import { REGIONS } from './bench-options.js';

export interface FleetSpec {
  stacks: number;
  images: number;
  baselineDir: string;
}

/** Stacks per region: the total split as evenly as possible, the first region taking the rest. */
export function stacksPerRegion(total: number): number[] {
  const base = Math.floor(total / REGIONS.length);
  return REGIONS.map((_, index) => base + (index < total % REGIONS.length ? 1 : 0));
}

/**
 * Fills a reset moto with the fleet: with the shared boto3 filler when it is there (so that the
 * baseline and the tool read the very stacks the anchors were measured on), else with the SDK.
 */
export async function fillFleet(endpoint: string, spec: FleetSpec): Promise<string> {
  const script = path.join(spec.baselineDir, 'fill_moto.py');
  const counts = stacksPerRegion(spec.stacks);
  for (const [index, region] of REGIONS.entries()) {
    const stacks = counts[index] ?? 0;
    if (existsSync(script)) await runFiller(script, endpoint, region, stacks, spec.images);
    else await fillWithSdk(endpoint, region, stacks, spec.images);
  }
  return existsSync(script) ? 'fill_moto.py' : 'the SDK filler';
}

function runFiller(
  script: string,
  endpoint: string,
  region: string,
  stacks: number,
  images: number,
) {
  const env = cleanEnv({ AWS_ENDPOINT_URL: endpoint, AWS_DEFAULT_REGION: region });
  const child = spawn('python3', [script, String(stacks), String(images)], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const errors: Buffer[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
  return new Promise<void>((resolve, reject) => {
    child.once('close', (code) => {
      if (code === 0) resolve();
      else
        reject(new Error(`fill_moto.py failed in ${region}: ${Buffer.concat(errors).toString()}`));
    });
  });
}

async function fillWithSdk(endpoint: string, region: string, stacks: number, images: number) {
  const fixtures = new MotoFixtures(endpoint);
  try {
    const ids: string[] = [];
    for (let index = 0; index < images; index += 1) {
      const name = `golden-${String(index).padStart(3, '0')}`;
      ids.push(
        await fixtures.registerImage(region, name, { Name: name, BuildId: `${1000 + index}` }),
      );
    }
    await fixtures.putImageParameter(region, '/golden/base/latest', ids[0] ?? '');
    const pick = (n: number) => ids[n % ids.length] ?? '';
    const specs = Array.from({ length: stacks }, (_, s) => ({
      name: `app-${String(s).padStart(3, '0')}`,
      template: 'web-app-db.yaml',
      parameters: { WebAmi: pick(3 * s), AppAmi: pick(3 * s + 1), DbAmi: pick(3 * s + 2) },
    }));
    await fixtures.createStacks(region, specs);
  } finally {
    fixtures.destroy();
  }
}
