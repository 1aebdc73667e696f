import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchOptions {
  /** Stack counts, each split evenly over the two regions. */
  sizes: number[];
  runs: number;
  /** Registered images per region; stacks cycle over them. */
  images: number;
  renderRows: number;
  /** Folder holding fill_moto.py and per_parameter_report.py, if present. */
  baselineDir: string;
  skipRender: boolean;
}

export const REPO = fileURLToPath(new URL('../', import.meta.url));
export const REGIONS = ['eu-west-1', 'us-east-1'];

const USAGE = `usage: tsx bench/run-bench.ts [--sizes 10,100,500] [--runs 3] [--images 20]
                        [--render-rows 10000] [--skip-render]
env BASELINE_DIR: folder with fill_moto.py and per_parameter_report.py
                  (default: ../shared/anchors next to the repository)`;

export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const options: BenchOptions = {
    sizes: [10, 100, 500],
    runs: 3,
    images: 20,
    renderRows: 10_000,
    baselineDir: env.BASELINE_DIR ?? path.join(REPO, '..', 'shared', 'anchors'),
    skipRender: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1] ?? '';
    if (flag === '--skip-render') options.skipRender = true;
    else if (flag === '--sizes') options.sizes = value.split(',').map(positive);
    else if (flag === '--runs') options.runs = positive(value);
    else if (flag === '--images') options.images = positive(value);
    else if (flag === '--render-rows') options.renderRows = positive(value);
    else throw new Error(`unknown argument ${flag}\n${USAGE}`);
    if (flag !== '--skip-render') index += 1;
  }
  return options;
}

function positive(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`not a positive number: ${text}`);
  return value;
}
