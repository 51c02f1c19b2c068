// The words of the human output in each language. `--lang zh` gives Chinese labels and
// messages; `en` and `both` give English ones (with `both`, Chinese catalog text keeps its own
// Chinese label on its own line).

export type Lang = 'en' | 'zh' | 'both';

export interface Labels {
  readonly system: string;
  readonly className: string;
  readonly symbol: string;
  readonly message: string;
  readonly messageZh: string;
  readonly httpStatus: string;
  readonly retryable: string;
  readonly remedy: string;
  readonly remedyZh: string;
  readonly inDocs: string;
  readonly deprecated: string;
  readonly note: string;
  readonly yes: string;
  readonly no: string;
  readonly successCode: string;
  readonly enterprise: string;
  readonly upstreamOnly: string;
  readonly now: (code: string) => string;
  readonly matches: (query: string, codes: number, systems: number) => string;
  readonly foundInText: (codes: string) => string;
  readonly head: { readonly code: string; readonly system: string; readonly category: string; readonly className: string; readonly retry: string; readonly message: string };
  readonly count: (n: number) => string;
  readonly notInCatalog: (query: string) => string;
  readonly wouldBe: (system: string, category: string, range: string) => string;
  readonly shapeOutsideRanges: (system: string) => string;
  readonly notShapeOfAny: (query: string, shapes: string) => string;
  readonly notOfSystem: (query: string, system: string, shape: string) => string;
  readonly isOf: (system: string, command: string) => string;
  readonly hasShapeOf: (system: string) => string;
  readonly noName: (query: string) => string;
  readonly trySearch: (command: string, n: number) => string;
  readonly nothingMentions: string;
  readonly nothingFound: (query: string) => string;
  readonly noCodes: string;
  readonly join: string;
}

const en: Labels = {
  system: 'System',
  className: 'Class',
  symbol: 'Symbol',
  message: 'Message',
  messageZh: '说明',
  httpStatus: 'HTTP status',
  retryable: 'Retryable',
  remedy: 'Remedy',
  remedyZh: '处理建议',
  inDocs: 'In docs',
  deprecated: 'Deprecated',
  note: 'Note',
  yes: 'yes',
  no: 'no',
  successCode: '(success code: not an error)',
  enterprise: 'no (enterprise edition)',
  upstreamOnly: 'no (upstream only)',
  now: (code) => `now ${code}`,
  matches: (query, codes, systems) => (systems > 1 ? `${query} matches ${systems} systems:` : `${query} matches ${codes} codes:`),
  foundInText: (codes) => `Found in the text: ${codes}`,
  head: { code: 'CODE', system: 'SYSTEM', category: 'CATEGORY', className: 'CLASS', retry: 'RETRY', message: 'MESSAGE' },
  count: (n) => `${n} code${n === 1 ? '' : 's'}`,
  notInCatalog: (query) => `${query}: not in any catalog`,
  wouldBe: (system, category, range) => `it falls in ${system}'s ${category} range ${range}`,
  shapeOutsideRanges: (system) => `it has the shape of a ${system} code, outside its known ranges`,
  notShapeOfAny: (query, shapes) => `${query}: not a code of any system (${shapes})`,
  notOfSystem: (query, system, shape) => `${query} is not a ${system} code (those are ${shape})`,
  isOf: (system, command) => `it is a ${system} code: ${command}`,
  hasShapeOf: (system) => `it has the shape of a ${system} code`,
  noName: (query) => `${query}: no code, symbol or class name`,
  trySearch: (command, n) => `try ${command} (${n} code${n === 1 ? '' : 's'} mention it)`,
  nothingMentions: 'no code mentions it either',
  nothingFound: (query) => `${query}: nothing found`,
  noCodes: 'no codes match',
  join: ', or ',
};

const zh: Labels = {
  system: '系统',
  className: '类名',
  symbol: '符号',
  message: '说明',
  messageZh: '说明',
  httpStatus: 'HTTP 状态码',
  retryable: '可重试',
  remedy: '处理建议',
  remedyZh: '处理建议',
  inDocs: '文档收录',
  deprecated: '已弃用',
  note: '备注',
  yes: '是',
  no: '否',
  successCode: '（成功码，不是错误）',
  enterprise: '否（企业版）',
  upstreamOnly: '否（仅见于上游代码）',
  now: (code) => `现为 ${code}`,
  matches: (query, codes, systems) => (systems > 1 ? `${query} 对应 ${systems} 个系统：` : `${query} 对应 ${codes} 个错误码：`),
  foundInText: (codes) => `文本中的错误码：${codes}`,
  head: { code: '错误码', system: '系统', category: '类别', className: '类名', retry: '可重试', message: '说明' },
  count: (n) => `共 ${n} 个错误码`,
  notInCatalog: (query) => `${query}：不在任何目录中`,
  wouldBe: (system, category, range) => `属于 ${system} 的 ${category} 范围 ${range}`,
  shapeOutsideRanges: (system) => `形式像 ${system} 错误码，但不在已知范围内`,
  notShapeOfAny: (query, shapes) => `${query}：不是任何系统的错误码（${shapes}）`,
  notOfSystem: (query, system, shape) => `${query} 不是 ${system} 错误码（其错误码为${shape}）`,
  isOf: (system, command) => `它是 ${system} 错误码：${command}`,
  hasShapeOf: (system) => `形式像 ${system} 错误码`,
  noName: (query) => `${query}：不是错误码、符号或类名`,
  trySearch: (command, n) => `试试 ${command}（${n} 个错误码提到它）`,
  nothingMentions: '也没有错误码提到它',
  nothingFound: (query) => `${query}：没有找到`,
  noCodes: '没有符合条件的错误码',
  join: '，或',
};

export const labels = (lang: Lang): Labels => (lang === 'zh' ? zh : en);
