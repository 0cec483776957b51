// Checks questions.tsv against a running site: columns, the split rule, that every slug is a page in the sitemap,
// and that every listed anchor is an element id on that page. `summary` is accepted without an id="summary" on
// pages that do not have one yet (the short answer is then the p.short-answer), and the script says how many did.
// Usage: node check-anchors.mjs http://127.0.0.1:5099     Exit 1 when anything is wrong.
import { readQuestions, pageUrls, fetchText, idsOf } from './questions.mjs';

const site = process.argv[2];
if (!site) {
  console.error('usage: node check-anchors.mjs <site base URL>');
  process.exit(2);
}

const { rows, problems } = readQuestions();
const urls = await pageUrls(site);
const ids = new Map();
let summaryWithoutId = 0;
const pagesWithoutSummaryId = new Set();
for (const row of rows.filter(r => r.slug)) {
  const url = urls.get(row.slug);
  if (!url) { problems.push(`line ${row.line}: no page ${row.slug} in /sitemap.xml`); continue; }
  if (!ids.has(row.slug)) ids.set(row.slug, idsOf(await fetchText(url)));
  const pageIds = ids.get(row.slug);
  for (const anchor of row.anchors) {
    if (pageIds.has(anchor)) continue;
    if (anchor === 'summary' && pageIds.size) {
      summaryWithoutId++;
      pagesWithoutSummaryId.add(row.slug);
      continue;
    }
    problems.push(`line ${row.line}: ${row.slug} has no id="${anchor}" (query "${row.query}")`);
  }
}

const answerable = rows.filter(r => r.slug);
const count = (list, split) => list.filter(r => !split || r.split === split).length;
console.log(`${rows.length} questions: ${answerable.length} answerable (tune ${count(answerable, 'tune')}, held ${count(answerable, 'held')}), ` +
  `${rows.length - answerable.length} unanswerable (tune ${count(rows.filter(r => !r.slug), 'tune')}, held ${count(rows.filter(r => !r.slug), 'held')})`);
console.log(`aimed deep ${answerable.filter(r => r.aim === 'deep').length}, at the title ${answerable.filter(r => r.aim === 'title').length}; ` +
  `dose-asking ${rows.filter(r => r.noDose).length}; pages covered ${new Set(answerable.map(r => r.slug)).size} of ${urls.size}`);
const uncovered = [...urls.keys()].filter(slug => !answerable.some(r => r.slug === slug));
if (uncovered.length) console.log(`pages with no question: ${uncovered.join(', ')}`);
if (summaryWithoutId) {
  console.log(`note: ${pagesWithoutSummaryId.size} page(s) have no id="summary" yet; ${summaryWithoutId} summary anchor(s) accepted as the short answer`);
}
if (problems.length) {
  console.log(`${problems.length} problem(s):`);
  for (const problem of problems) console.log(`  ${problem}`);
  process.exit(1);
}
console.log('every anchor exists');
