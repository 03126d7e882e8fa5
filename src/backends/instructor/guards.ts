/**
 * Guard policies from the graph's prohibitions: a Llama Guard-style category list (`S1: Name.` and its
 * description, inside the unsafe-content-categories block of the custom-policy prompt), Granite
 * Guardian-style risk definitions (`risk_name`, `risk_definition` for its guardian config), and a NeMo
 * Guardrails configuration (`config.yml` with self-check input and output rails, `prompts.yml` carrying the
 * policy).
 */
import type { OutputFile } from '../types.js';
import type { GuardCategory } from './guard-policy.js';
import { categoryDescription } from './guard-policy.js';
import { OUT } from './paths.js';
import { toYaml } from './yaml.js';

/** The model a NeMo Guardrails configuration names by default (any OpenAI-compatible chat model works). */
export const NEMO_DEFAULT_MODEL = { engine: 'openai', model: 'gpt-4o-mini' } as const;

export function llamaGuardCategories(categories: readonly GuardCategory[]): string {
  return categories.map((c) => `${c.code}: ${c.name}.\n${categoryDescription(c)}`).join('\n') + '\n';
}

/** The custom-policy prompt of Llama Guard 3, with `{role}` ("User" or "Agent") and `{conversation}`
 * ("User: …\n\nAgent: …") left for the caller to fill. */
export function llamaGuardPrompt(categories: readonly GuardCategory[]): string {
  return [
    '<|begin_of_text|><|start_header_id|>user<|end_header_id|>',
    '',
    "Task: Check if there is unsafe content in '{role}' messages in conversations according our safety policy with the below categories.",
    '',
    '<BEGIN UNSAFE CONTENT CATEGORIES>',
    llamaGuardCategories(categories).trimEnd(),
    '<END UNSAFE CONTENT CATEGORIES>',
    '',
    '<BEGIN CONVERSATION>',
    '',
    '{conversation}',
    '',
    '<END CONVERSATION>',
    '',
    'Provide your safety assessment for ONLY THE LAST {role} message in the above conversation:',
    " - First line must read 'safe' or 'unsafe'.",
    ' - If unsafe, a second line must include a comma-separated list of violated categories.<|eot_id|><|start_header_id|>assistant<|end_header_id|>',
    '',
  ].join('\n');
}

export interface GraniteRisk {
  risk_name: string;
  risk_definition: string;
  category: string;
  norms: string[];
  clauses: string[];
}

export function graniteRisks(categories: readonly GuardCategory[]): GraniteRisk[] {
  return categories.map((c) => {
    const forbidden = c.prohibited.map((p) => `${p.text.replace(/\.$/, '')} [${p.ref}]`).join('; ');
    const allowed = c.allowedBy.length
      ? ` It is not a risk where a rule that prevails permits it: ${c.allowedBy.map((a) => `${a.text.replace(/\.$/, '')} [${a.ref}]`).join('; ')}.`
      : '';
    return {
      risk_name: c.value.replace(/[^A-Za-z0-9]+/g, '_').toLowerCase(),
      risk_definition:
        `The 'User' message asks for help with, or the 'Assistant' message helps with or encourages, something the rules on ${c.name} prohibit: ${forbidden}.${allowed}`,
      category: c.code,
      norms: [...new Set([...c.prohibited, ...c.allowedBy].flatMap((g) => g.norms))].sort(),
      clauses: [...new Set([...c.prohibited, ...c.allowedBy].map((g) => g.ref))].sort(),
    };
  });
}

function policyBullets(categories: readonly GuardCategory[]): string[] {
  const lines: string[] = [];
  for (const c of categories) {
    lines.push(`- ${c.name}:`);
    for (const p of c.prohibited) lines.push(`  - must not help with: ${p.text} [${p.ref}]`);
    for (const a of c.allowedBy) lines.push(`  - allowed where it applies: ${a.text} [${a.ref}]`);
  }
  return lines;
}

export function nemoFiles(categories: readonly GuardCategory[], instructions: string): OutputFile[] {
  const config = {
    models: [{ type: 'main', engine: NEMO_DEFAULT_MODEL.engine, model: NEMO_DEFAULT_MODEL.model }],
    instructions: [{ type: 'general', content: instructions }],
    rails: { input: { flows: ['self check input'] }, output: { flows: ['self check output'] } },
  };
  const policy = policyBullets(categories);
  const input = [
    'Your task is to check whether the user message below asks the assistant for something the policy forbids.',
    '',
    'Policy: the assistant must not help anyone do what these rules prohibit, and must not block questions about',
    'the rules themselves or requests the rules permit.',
    ...policy,
    '',
    'User message: "{{ user_input }}"',
    '',
    'Question: Should the user message be blocked (Yes or No)?',
    'Answer:',
  ].join('\n');
  const output = [
    'Your task is to check whether the assistant message below helps someone do what the policy forbids.',
    '',
    'Policy: the assistant must not help anyone do what these rules prohibit; explaining a rule, citing it,',
    'refusing to help break it, and helping with what the rules permit are all allowed.',
    ...policy,
    '',
    'Assistant message: "{{ bot_response }}"',
    '',
    'Question: Should the message be blocked (Yes or No)?',
    'Answer:',
  ].join('\n');
  const prompts = { prompts: [{ task: 'self_check_input', content: input + '\n' }, { task: 'self_check_output', content: output + '\n' }] };
  return [
    { path: OUT.guard.nemoConfig, content: toYaml(config, ['NeMo Guardrails configuration compiled by regc from the reasoned graph.', 'Run: nemoguardrails chat --config instructor/guard/nemo-guardrails (from compiled/).']) },
    { path: OUT.guard.nemoPrompts, content: toYaml(prompts, ['Self-check prompts carrying the compiled policy (prohibitions, and the rules that prevail over them).']) },
  ];
}

export function guardFiles(categories: readonly GuardCategory[], instructions: string): OutputFile[] {
  const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';
  return [
    { path: OUT.guard.llamaGuardCategories, content: llamaGuardCategories(categories) },
    { path: OUT.guard.llamaGuardPrompt, content: llamaGuardPrompt(categories) },
    {
      path: OUT.guard.llamaGuardJson,
      content: json(categories.map((c) => ({
        code: c.code, name: c.name, value: c.value, description: categoryDescription(c),
        norms: [...new Set([...c.prohibited, ...c.duties, ...c.allowedBy].flatMap((g) => g.norms))].sort(),
      }))),
    },
    { path: OUT.guard.granite, content: json({ risks: graniteRisks(categories) }) },
    ...nemoFiles(categories, instructions),
  ];
}
