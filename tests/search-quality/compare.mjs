// Runs the search-quality queries through MiniSearch (title/summary/body, title boosted, prefix and fuzzy on)
// over the same content files, and through the site's /api/search, and prints both systems' MRR@10 and recall@3.
// Usage: node compare.mjs http://127.0.0.1:5099   (compare.sh starts the site and runs this)
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import MiniSearch from 'minisearch';

const here = dirname(fileURLToPath(import.meta.url));
const contentRoot = join(here, '..', '..', 'content');
const site = process.argv[2];
if (!site) {
  console.error('usage: node compare.mjs <site base URL>');
  process.exit(2);
}

function readPages() {
  const pages = [];
  for (const folder of ['topics', 'questions']) {
    for (const file of readdirSync(join(contentRoot, folder)).filter(f => f.endsWith('.md'))) {
      const text = readFileSync(join(contentRoot, folder, file), 'utf8');
      const [, frontMatter, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
      const meta = yaml.load(frontMatter);
      pages.push({ id: file.replace(/\.md$/, ''), title: meta.title, summary: meta.summary, body: plain(body) });
    }
  }
  return pages;
}

// Markdown to words: drop citations, keep link labels, drop markup characters.
function plain(markdown) {
  return markdown
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\[evidence:[^\]]*\]/g, ' ')
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, (_, slug) => slug.replace(/-/g, ' '))
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[#*_>`|]/g, ' ');
}

function readQueries() {
  return readFileSync(join(here, 'queries.tsv'), 'utf8').split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => line.split('\t'))
    .map(([query, slugs]) => ({ query, relevant: new Set(slugs.trim().split(',')) }));
}

function score(ranked, relevant) {
  const rank = ranked.findIndex(slug => relevant.has(slug));
  const top3 = ranked.slice(0, 3).filter(slug => relevant.has(slug)).length;
  return { rr: rank < 0 ? 0 : 1 / (rank + 1), recall: top3 / Math.min(relevant.size, 3) };
}

const mini = new MiniSearch({ fields: ['title', 'summary', 'body'], storeFields: ['title'] });
mini.addAll(readPages());
const options = { boost: { title: 3 }, prefix: true, fuzzy: 0.2 };

const queries = readQueries();
const totals = { mini: { rr: 0, recall: 0 }, ours: { rr: 0, recall: 0 } };
for (const { query, relevant } of queries) {
  const miniRanked = mini.search(query, options).slice(0, 10).map(r => r.id);
  const response = await fetch(`${site}/api/search?q=${encodeURIComponent(query)}&limit=10`);
  if (!response.ok) throw new Error(`${query}: HTTP ${response.status}`);
  const oursRanked = (await response.json()).results.map(r => r.slug);
  for (const [name, ranked] of [['mini', miniRanked], ['ours', oursRanked]]) {
    const s = score(ranked, relevant);
    totals[name].rr += s.rr;
    totals[name].recall += s.recall;
  }
}

const n = queries.length;
const row = (name, t) => `${name.padEnd(12)} ${(t.rr / n).toFixed(3).padStart(7)} ${(t.recall / n).toFixed(3).padStart(9)}`;
console.log(`${n} queries`);
console.log(`${'system'.padEnd(12)} ${'MRR@10'.padStart(7)} ${'recall@3'.padStart(9)}`);
console.log(row('Dopamine', totals.ours));
console.log(row('MiniSearch', totals.mini));
const better = totals.ours.rr > totals.mini.rr && totals.ours.recall > totals.mini.recall;
console.log(better ? 'Dopamine beats MiniSearch on both.' : 'Dopamine does NOT beat MiniSearch on both.');
process.exit(better ? 0 : 1);
