// Prints a large valid dataset as JSON, for timing the site step on a big plan: by default 120
// indicators, 200 tasks in the plan's 4 sections and 80 departments, made the way make-10x.mjs makes
// its tenfold one (the plan's own items first, then numbered samples of them).
// Usage: node tools/bench/make-large.mjs [indicators] [tasks] [departments] > dataset-large.json
import { plan } from './datasets.mjs';

const [indicatorCount, taskCount, departmentCount] = [120, 200, 80].map((fallback, index) => Number(process.argv[index + 2] ?? fallback));

const departments = plan.departments.map((department) => ({ ...department }));
for (let index = departments.length; index < departmentCount; index += 1) {
  departments.push({ name: `区样例部门${index + 1}`, slug: `sample-${index + 1}` });
}
// The plan's tasks keep their ids and texts, since the real indicators quote them.
const realTasks = plan.sections.flatMap((section) => section.tasks);
const perSection = Math.ceil(taskCount / plan.sections.length);
const sections = plan.sections.map((section, s) => ({
  ...section,
  tasks: Array.from({ length: Math.max(0, Math.min(perSection, taskCount - s * perSection)) }, (_, t) => {
    const id = s * perSection + t + 1;
    const original = realTasks[(id - 1) % realTasks.length];
    return {
      id,
      text: id <= realTasks.length ? realTasks[id - 1].text : `样例任务${id}。${original.text}`,
      lead: [departments[id % departmentCount].name],
      responsible: [departments[(id + 7) % departmentCount].name],
    };
  }),
}));
const indicators = Array.from({ length: indicatorCount }, (_, index) => {
  const original = plan.indicators[index % plan.indicators.length];
  const real = index < plan.indicators.length;
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
process.stdout.write(JSON.stringify({ ...plan, indicators, sections, departments }, null, 1));
