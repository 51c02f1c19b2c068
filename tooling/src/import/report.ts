// The review report of an import: what was applied (or would be, in check mode), and what
// waits for a human.
import type { Plan } from './apply.js';

export function renderReport(plan: Plan, mode: 'check' | 'apply'): string {
  const lines: string[] = [`catalog import: ${plan.system} (${plan.file})`];
  const verb = mode === 'apply' ? 'applied' : 'to apply';
  lines.push('', `${plan.changes.length} change(s) ${verb}:`);
  for (const kind of [...new Set(plan.changes.map((c) => c.kind))]) {
    const of = plan.changes.filter((c) => c.kind === kind);
    lines.push(`  ${kind} (${of.length})`);
    // Changes that say the same for many codes are listed once, with their codes.
    for (const what of [...new Set(of.map((c) => c.what))]) {
      const codes = of.filter((c) => c.what === what).map((c) => String(c.code));
      lines.push(codes.length === 1 ? `    ${codes[0]}  ${what}` : `    ${what}\n      for ${codes.length} codes: ${codes.join(', ')}`);
    }
  }
  lines.push('', `${plan.decisions.length} code(s) left for a human decision (not applied):`);
  for (const decision of plan.decisions) lines.push(`  ${decision.kind}: ${decision.code}  ${decision.what}`);
  if (plan.remarks.length > 0) {
    lines.push('', 'Remarks on the upstream files (no change needed):');
    for (const remark of plan.remarks) lines.push(`  - ${remark}`);
  }
  if (plan.changes.some((c) => c.kind === 'new code')) {
    lines.push('', 'New codes are skeleton entries: review their class name, category, retry facts and the note.');
  }
  return `${lines.join('\n')}\n`;
}
