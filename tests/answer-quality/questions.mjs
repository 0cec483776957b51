// Reads questions.tsv (format in its header comment) and fetches what both scripts need from a running site.
// No dependencies, so check-anchors.mjs runs with plain `node`.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

// The split rule stated in the TSV header: SHA-1 of the query's UTF-8 bytes, first byte even -> tune.
export function splitOf(query) {
  return createHash('sha1').update(query, 'utf8').digest()[0] % 2 === 0 ? 'tune' : 'held';
}

// Rows in file order. A row under a "# --- Dose-asking" section line is flagged noDose (its answer must give no dose).
// aim: 'title' when the anchors include summary, 'deep' for other answerable rows, null for unanswerable ones.
export function readQuestions(file = join(here, 'questions.tsv')) {
  const rows = [];
  const problems = [];
  let section = '';
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    const lineNo = i + 1;
    if (line.startsWith('# ---')) { section = line; return; }
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== 4) { problems.push(`line ${lineNo}: ${cells.length} columns, want 4`); return; }
    const [split, query, slug, anchorCell] = cells;
    if (split !== 'tune' && split !== 'held') problems.push(`line ${lineNo}: split "${split}" is neither tune nor held`);
    else if (split !== splitOf(query)) problems.push(`line ${lineNo}: split ${split} but the hash rule gives ${splitOf(query)}`);
    if (query !== query.trim() || !query) problems.push(`line ${lineNo}: empty query or stray spaces`);
    const answerable = slug !== '-';
    if (answerable !== (anchorCell !== '-')) problems.push(`line ${lineNo}: slug and anchors must both be - or neither`);
    const anchors = answerable ? anchorCell.split(',').map(a => a.trim()) : [];
    if (anchors.some(a => !/^[a-z0-9][a-z0-9-]*$/.test(a))) problems.push(`line ${lineNo}: odd anchor in "${anchorCell}"`);
    rows.push({
      line: lineNo, split, query, slug: answerable ? slug : null, anchors,
      noDose: /Dose-asking/i.test(section),
      aim: !answerable ? null : anchors.includes('summary') ? 'title' : 'deep',
    });
  });
  const seen = new Map();
  for (const row of rows) {
    const key = row.query.toLowerCase();
    if (seen.has(key)) problems.push(`line ${row.line}: same query as line ${seen.get(key)}`);
    seen.set(key, row.line);
  }
  return { rows, problems };
}

// slug -> absolute URL of the page, from the site's sitemap (topic and question pages only).
export async function pageUrls(site) {
  const response = await fetchRetry(new URL('/sitemap.xml', site));
  if (!response.ok) throw new Error(`/sitemap.xml: HTTP ${response.status}`);
  const urls = new Map();
  for (const [, loc] of (await response.text()).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) {
    const path = new URL(loc).pathname;
    const match = path.match(/^\/(topics|questions)\/([^/]+)$/);
    // The sitemap names the host it was asked on; fetch from the base we were given.
    if (match) urls.set(match[2], new URL(path, site).href);
  }
  return urls;
}

// fetch, tried again on a network error (not on an HTTP status): a kept-alive connection the server has meanwhile
// closed fails once with "other side closed".
export async function fetchRetry(url, tries = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url);
    } catch (error) {
      if (attempt >= tries) throw error;
    }
  }
}

export async function fetchText(url) {
  const response = await fetchRetry(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

// Every id attribute in a page, without parsing the rest (the site's HTML quotes its attributes).
export function idsOf(html) {
  const ids = new Set();
  for (const [, , id] of html.matchAll(/\sid\s*=\s*(["'])(.*?)\1/g)) ids.add(id);
  return ids;
}
