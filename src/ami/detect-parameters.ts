import type { Parameter, ParameterDeclaration } from '@aws-sdk/client-cloudformation';

import type { AmiParameter, Detection } from '../model/report.js';
import { isAmiId, looksLikeAmiValue, NOECHO_MASK, parseAmiValue } from './ami-id.js';

export interface DetectionOptions {
  /** Configured names; `*` matches any run of characters. */
  amiParameters: string[];
  /** Declarations from GetTemplateSummary, when read. */
  declarations?: ParameterDeclaration[];
}

const AMI_TYPES = new Set([
  'AWS::EC2::Image::Id',
  'List<AWS::EC2::Image::Id>',
  'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
  'AWS::SSM::Parameter::Value<List<AWS::EC2::Image::Id>>',
]);

/** Picks the parameters of a stack that carry AMI ids, sorted by key. */
export function detectAmiParameters(parameters: Parameter[], options: DetectionOptions) {
  const matchers = options.amiParameters.map(globToRegExp);
  const types = new Map(options.declarations?.map((d) => [d.ParameterKey, d]) ?? []);

  const found: AmiParameter[] = [];
  for (const parameter of parameters) {
    const key = parameter.ParameterKey ?? '';
    const declaration = types.get(key);
    const detection = detectionOf(parameter, declaration, matchers);
    if (detection) found.push(describeParameter(parameter, detection, declaration));
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}

function detectionOf(
  parameter: Parameter,
  declaration: ParameterDeclaration | undefined,
  matchers: RegExp[],
): Detection | undefined {
  const key = parameter.ParameterKey ?? '';
  const value = parameter.ParameterValue ?? '';
  if (parameter.ResolvedValue !== undefined && allAmiIds(parameter.ResolvedValue)) return 'ssm';
  if (declaration?.ParameterType && AMI_TYPES.has(declaration.ParameterType)) return 'type';
  if (matchers.some((matcher) => matcher.test(key))) return 'name';
  // a masked value can hold anything; only a name or a type makes it an AMI parameter
  if (value.trim() !== NOECHO_MASK && looksLikeAmiValue(value)) return 'value';
  return undefined;
}

function describeParameter(
  parameter: Parameter,
  detectedBy: Detection,
  declaration: ParameterDeclaration | undefined,
): AmiParameter {
  const ssm = detectedBy === 'ssm' || isSsmType(declaration?.ParameterType);
  const raw = ssm && parameter.ResolvedValue !== undefined ? parameter.ResolvedValue : undefined;
  const parsed = parseAmiValue(raw ?? parameter.ParameterValue);
  // NoEcho hides the value even where it comes back in plain text (emulators, edited captures)
  const hidden = declaration?.NoEcho === true;

  return {
    key: parameter.ParameterKey ?? '',
    detectedBy,
    valueState: hidden ? 'hidden' : parsed.state,
    imageIds: hidden ? [] : parsed.imageIds,
    ...(ssm && raw !== undefined ? { ssmParameter: parameter.ParameterValue ?? '' } : {}),
    ...(parsed.invalidValue !== undefined && !hidden ? { invalidValue: parsed.invalidValue } : {}),
    ...(declaration?.ParameterType ? { type: declaration.ParameterType } : {}),
  };
}

function isSsmType(type: string | undefined): boolean {
  return type?.startsWith('AWS::SSM::Parameter::Value<') ?? false;
}

function allAmiIds(value: string): boolean {
  const parts = value.split(',').map((part) => part.trim());
  return parts.length > 0 && parts.every(isAmiId);
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}
