// Datasets and pages the benchmark makes from the plan's own dataset.
import { readFileSync } from 'node:fs';

export const plan = JSON.parse(readFileSync(new URL('../../src/data/dazu-2024-16.json', import.meta.url)));

/** A valid dataset ten times the plan's size: 100 indicators, 160 tasks in 4 sections, 60 departments. */
export function tenfold() {
  return scaled({ indicators: 100, tasks: 160, departments: 60 });
}

/** The largest plan the generated sites reach: 120 indicators, 200 tasks in 4 sections, 80 departments. */
export function largest() {
  return scaled({ indicators: 120, tasks: 200, departments: 80 });
}

/** A valid dataset made from the plan's own, with this many indicators, tasks (in the plan's 4
 * sections, evenly) and departments. */
export function scaled(size) {
  const departments = plan.departments.map((department) => ({ ...department }));
  for (let index = departments.length; index < size.departments; index += 1) {
    departments.push({ name: `区样例部门${index + 1}`, slug: `sample-${index + 1}` });
  }
  const realTasks = plan.sections.flatMap((x) => x.tasks);
  const perSection = size.tasks / plan.sections.length;
  const sections = plan.sections.map((section, s) => ({
    ...section,
    tasks: Array.from({ length: perSection }, (_, t) => {
      const id = s * perSection + t + 1;
      const original = realTasks[(id - 1) % 16];
      return {
        id,
        text: `样例任务${id}。${original.text}`,
        lead: [departments[id % size.departments].name],
        responsible: [departments[(id + 7) % size.departments].name],
      };
    }),
  }));
  // Keep the real tasks' texts where the real indicators quote them.
  for (const task of realTasks) {
    const copy = sections.flatMap((x) => x.tasks).find((candidate) => candidate.id === task.id);
    copy.text = task.text;
  }
  const indicators = Array.from({ length: size.indicators }, (_, index) => {
    const original = plan.indicators[index % 10];
    const real = index < 10;
    return {
      ...original,
      id: index + 1,
      name: real ? original.name : `${original.name}样例${index + 1}`,
      short_name: real ? original.short_name : `${original.short_name}${index + 1}`,
      tasks: real ? original.tasks : [],
      quotes: real ? original.quotes : [],
      milestones: real ? original.milestones : [],
    };
  });
  return { ...plan, indicators, sections, departments };
}

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The physical limit: a plain static HTML page with the overview's text and nothing else. */
export function plainPage(dataset = plan) {
  const document = dataset.document;
  const target = (t) => (t.kind === 'value' ? `${{ '=': '', '>': '>', '≥': '≥' }[t.comparator]}${t.value}` : `${t.comparator}${t.reference}`);
  const rows = dataset.indicators
    .map((i) => `<tr><td>${i.id}</td><th scope="row">${escape(i.name)}</th><td>${escape(i.unit)}</td><td>${i.baseline ?? '—'}</td><td>${escape(target(i.target))}</td><td>${escape(i.attribute)}</td></tr>`)
    .join('');
  const tasks = dataset.sections
    .map((s) => `<h3>${escape(s.title)}</h3><ol>${s.tasks.map((t) => `<li>${escape(t.text)}<br>牵头：${escape(t.lead.join('、'))}；责任：${escape(t.responsible.join('、') || '无')}</li>`).join('')}</ol>`)
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(document.short_title)}</title><style>body{margin:0 auto;max-width:1120px;padding:0 12px;font:16px/1.6 sans-serif}table{width:100%;border-collapse:collapse;font-size:14px}td,th{padding:8px 4px;border-bottom:1px solid #ddd;text-align:left}</style></head>
<body><h1>${escape(document.short_title)}</h1><p>${escape(document.number)} ${escape(document.issuer)}</p>
<h2>主要目标</h2><table><thead><tr><th>序号</th><th>目标</th><th>单位</th><th>${document.baseline_year}年</th><th>${document.period_end}年</th><th>属性</th></tr></thead><tbody>${rows}</tbody></table>
<h2>重点任务分工</h2>${tasks}</body></html>`;
}
