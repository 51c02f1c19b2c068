import { describe, expect, it } from 'vitest';
import { parseCode2Info, parseI18nToml, parseProtoCodes } from './polaris.js';
import { readVendored } from './vendored.js';

describe('the Polaris parsers read the vendored files as upstream counts them', () => {
  it('code.proto: 173 members, the doubled semicolon of 400509 harmless', () => {
    const codes = parseProtoCodes(readVendored('polaris', 'code.proto').text);
    expect(codes).toHaveLength(173);
    expect(codes.find((c) => c.code === 400509)?.symbol).toBe('NotAllowModifyOwnerDefaultStrategy');
    expect(new Set(codes.map((c) => c.code)).size).toBe(173);
  });

  it('code2info: keyed by spec name through the server aliases, strings joined across lines', () => {
    const info = parseCode2Info(readVendored('polaris', 'codeinfo.go').text);
    // 403001 is the alias AuthTokenVerifyException of the spec's AuthTokenForbidden.
    expect(info.has('AuthTokenForbidden')).toBe(true);
    expect(info.get('InvalidConfigFileTags')).toBe('invalid config file tags, tags should be pair, like key1,value1,key2,value2, both key and value should not blank');
    expect(info.get('InstanceTooManyRequests')).toBe('your instance has too many requests');
    for (const lacking of ['HeartbeatTypeNotFound', 'InvalidRateLimitName', 'InvalidRoutingPriority']) expect(info.has(lacking)).toBe(false);
  });

  it('the toml files: empty strings are no text', () => {
    const en = parseI18nToml(readVendored('polaris', 'en.toml').text);
    expect(en.get(429001)).toBe('instance has too many requests');
    expect(en.has(400214)).toBe(false);
    expect(parseI18nToml(readVendored('polaris', 'zh.toml').text).get(400414)).toBe('用户邮件非法');
  });
});
