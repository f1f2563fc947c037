// Writes the builder's help page (help.html), where each fault's "为什么" link leads: for every sheet of
// the editors' workbook, what each column must hold, read from the workbook's own layout
// (src/workbook/layout.tsv, the file the site program reads workbooks by). Each column has the anchor
// `<sheet>-<column letter>` (`主要目标-H`), each sheet its name, JSON files `json`.
// Usage: node src/builder/web/help.mjs <layout.tsv> <out.html>
import { readFileSync, writeFileSync } from 'node:fs';

const [layout, out] = process.argv.slice(2);
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const letter = (index) => (index >= 26 ? letter(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

const sheets = [];
for (const line of readFileSync(layout, 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.trim()) continue;
  const [kind, ...fields] = line.split('\t');
  if (kind === 'sheet') sheets.push({ name: fields[1], caption: fields[2], columns: [], items: [] });
  if (kind === 'column') sheets.at(-1).columns.push({ header: fields[0], note: fields[3] ?? '' });
  if (kind === 'item') sheets.at(-1).items.push({ label: fields[0], note: fields[2] ?? '' });
}

const sections = sheets.map(({ name, caption, columns, items }) => {
  const rows = columns.map(({ header, note }, index) =>
    `<tr id="${escape(`${name}-${letter(index)}`)}"><th scope="row">${letter(index)} 列</th><td>${escape(header)}</td><td>${escape(note)}</td></tr>`);
  const itemRows = items.map(({ label, note }) => `<li><strong>${escape(label)}</strong>：${escape(note)}</li>`);
  return `<section id="${escape(name)}">
<h2>${escape(name)}</h2>
<p>${escape(caption)}</p>
<table class="help-columns"><thead><tr><th scope="col">列</th><th scope="col">表头</th><th scope="col">应填写</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${itemRows.length ? `<ul>${itemRows.join('\n')}</ul>` : ''}
</section>`;
});

writeFileSync(out, `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>工作簿填写说明 · 一图读懂网站生成器</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="./builder.css">
</head>
<body>
<header><h1>工作簿填写说明</h1>
<p>生成器逐个单元格检查工作簿。错误列表中的“主要目标!H5”指“主要目标”表的 H 列第 5 行；下面是每张表每一列应填写的内容。
一个单元格不合要求时，网站不能生成，以免读者看到错误的数字。</p></header>
<main>
${sections.join('\n')}
<section id="json">
<h2>JSON 数据文件</h2>
<p>JSON 文件的错误以路径标出，如 <code>$.indicators[4].id</code> 指第 5 项指标（从 0 数起）的序号。各字段的含义与工作簿同名的列相同。</p>
</section>
<p><a href="./">返回网站生成器</a></p>
</main>
</body>
</html>
`);
