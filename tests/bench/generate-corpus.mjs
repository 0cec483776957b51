#!/usr/bin/env node
// Synthetic content generator for the scale benchmark (tests/bench/scale.sh).
//
// Usage: node tests/bench/generate-corpus.mjs --pages N --out DIR [--seed S] [--from content/]
//
// Writes a complete content root in the real format to DIR (which must not exist or be empty): the real pages
// unchanged, plus N minus their number (45 today) generated pages, so real queries still find real answers
// and the corpus has N pages in all. Generated pages have full front matter (title, summary, tags from the
// real tags.yml, 3-6 related slugs, reviewed, evidence, evidence_note, sometimes aliases and safety), 3-7 cited
// key points, `## ` sections and [[wikilinks]] to other pages; their words are drawn from the word frequencies
// of the real page bodies, with sentence and page lengths sampled from the real pages. sources.yml is the real
// one plus about one generated source per four generated pages (papers, reviews, books, episodes and clips),
// each cited by at least one page. glossary.yml, tags.yml and synonyms.txt are copied; home.yml starts at
// generated theme pages. The same seed always gives the same files. Needs Node 20 and nothing else.
// Prints one JSON line to stdout: {pages, generated, sources, ms, editSlug, editFile}.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function parseArgs(argv) {
  const args = { pages: 0, out: "", seed: 1, from: path.resolve(here, "../../content") };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${key} needs a value`);
    if (key === "--pages") args.pages = Number.parseInt(value, 10);
    else if (key === "--out") args.out = path.resolve(value);
    else if (key === "--seed") args.seed = Number.parseInt(value, 10);
    else if (key === "--from") args.from = path.resolve(value);
    else throw new Error(`unknown option ${key}`);
  }
  if (!Number.isInteger(args.pages) || args.pages < 1 || !args.out || !Number.isInteger(args.seed)) {
    throw new Error("usage: generate-corpus.mjs --pages N --out DIR [--seed S] [--from content/]");
  }
  return args;
}

// mulberry32: small, fast and seedable, so a seed always gives the same corpus (Math.random cannot be seeded).
function makeRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  // k distinct items of list (k is small next to the list, so rejection is cheap), none in `exclude`.
  const distinct = (list, k, exclude = new Set()) => {
    const chosen = new Set();
    const limit = Math.min(k, list.length - exclude.size);
    for (let tries = 0; chosen.size < limit && tries < k * 50; tries++) {
      const item = pick(list);
      if (!exclude.has(item)) chosen.add(item);
    }
    return [...chosen];
  };
  return { next, int, pick, chance, distinct };
}

// ---------------------------------------------------------------------------------------------------------
// What the real content looks like: words and their frequencies, sentence lengths, page lengths.

function splitFrontMatter(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error("page without front matter");
  return { yaml: match[1], body: match[2] };
}

// Plain prose of a Markdown body: no citations, link targets, headings' hashes, list numbers or emphasis.
function proseOf(body) {
  return body
    .replace(/\[@[^\]]*\]/g, " ")
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, "$2")
    .replace(/\[\[[^\]]+\]\]/g, " ")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/\[evidence: \w+\]/g, " ")
    .replace(/^#+ .*$/gm, " ")
    .replace(/^\s*\d+\.\s+/gm, "")
    .replace(/[*_`]/g, "");
}

const WORD = /[A-Za-z0-9][A-Za-z0-9'’%-]*/g;
const STOP = new Set(("a an the and or but of to in on at by for with from as is are was were be been it its this that these " +
  "those than then so such not no can may might will would could should do does did has have had which who whom what when " +
  "where why how more most less one two also into out over about after before between both each other some same only own " +
  "very just there their they them he she his her we you your our i if because while during through up down").split(" "));

function studyRealContent(from) {
  const pages = [];
  for (const kind of ["topics", "questions"]) {
    const folder = path.join(from, kind);
    for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(".md")).sort()) {
      const text = fs.readFileSync(path.join(folder, file), "utf8");
      const { yaml, body } = splitFrontMatter(text);
      const title = /^title:\s*(.*)$/m.exec(yaml)?.[1].replace(/^['"]|['"]$/g, "") ?? "";
      pages.push({ kind, slug: file.slice(0, -3), title, body });
    }
  }

  const bag = [];            // every body word in order: drawing uniformly from it samples by frequency
  const sentenceLengths = []; // words per real sentence
  const pageLengths = [];     // words per real body
  const initial = new Map();  // how often each word starts a sentence
  const midSentence = new Map(); // and how often it appears inside one
  for (const page of pages) {
    let words = 0;
    page.start = bag.length;
    for (const paragraph of proseOf(page.body).split(/\n\s*\n/)) {
      for (const sentence of paragraph.replace(/\s+/g, " ").split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/)) {
        const tokens = sentence.match(WORD) ?? [];
        if (tokens.length === 0) continue;
        sentenceLengths.push(tokens.length);
        words += tokens.length;
        tokens.forEach((token, i) => {
          if (i === 0) initial.set(token, (initial.get(token) ?? 0) + 1);
          else midSentence.set(token, (midSentence.get(token) ?? 0) + 1);
          bag.push(token);
        });
      }
    }
    pageLengths.push(words);
    page.end = bag.length;
  }
  // "The" at a sentence start is "the" anywhere else (bar a rare quoted title); "Huberman" stays a name.
  for (let i = 0; i < bag.length; i++) {
    const word = bag[i];
    const lower = word.toLowerCase();
    if (lower !== word && midSentence.has(lower) && (midSentence.get(word) ?? 0) < 0.2 * (initial.get(word) ?? 0)) bag[i] = lower;
  }
  const isContent = (w) => w.length >= 4 && !STOP.has(w.toLowerCase()) && /^[A-Za-z]/.test(w) && !/[’']/.test(w);
  for (const page of pages) page.content = bag.slice(page.start, page.end).filter(isContent);
  return { pages, bag, content: bag.filter(isContent), sentenceLengths, pageLengths };
}

// Registry facts worth reusing from sources.yml: author names, journals, shows, publishers, ids in use.
function studySources(text) {
  const listOf = (key) => [...text.matchAll(new RegExp(`^  ${key}: (.+)$`, "gm"))].map((m) => m[1].replace(/^["']|["']$/g, ""));
  const authors = [...new Set(listOf("authors").flatMap((a) => a.replace(/^\[|\]$/g, "").split(/,\s*/)))]
    .filter((a) => /^[A-Z][A-Za-z'-]+ [A-Z]{1,3}$/.test(a));
  const plain = (v) => /^[A-Za-z][A-Za-z &:,.()-]*$/.test(v);
  return {
    authors,
    journals: [...new Set(listOf("journal"))].filter(plain),
    shows: [...new Set(listOf("show"))].filter(plain),
    publishers: [...new Set(listOf("publisher"))].filter(plain),
    ids: new Set([...text.matchAll(/^- id: (.+)$/gm)].map((m) => m[1].trim())),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Text: words drawn from the real distribution.

// Each generated page has a real "parent" page: half its words come from the parent's words, half from the whole
// content. Pages then cluster by topic, as real ones do (search ranking and related questions depend on it),
// while over the corpus the words keep the real frequencies, since every real page is a parent as often.
function makeWriter(random, real) {
  const { bag, content, sentenceLengths } = real;
  let parent = real.pages[0];
  const setParent = (page) => { parent = page; };
  const word = () => random.chance(0.5)
    ? bag[parent.start + Math.floor(random.next() * (parent.end - parent.start))]
    : bag[Math.floor(random.next() * bag.length)];
  const contentWord = () => random.chance(0.5)
    ? parent.content[Math.floor(random.next() * parent.content.length)]
    : content[Math.floor(random.next() * content.length)];
  const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);

  // A sentence as long as a real one, with a comma now and then; `tail` is pasted before the full stop.
  function sentence(length = random.pick(sentenceLengths), tail = "") {
    const words = new Array(length);
    for (let i = 0; i < length; i++) words[i] = word();
    words[0] = capitalise(words[0]);
    if (length > 8 && random.chance(0.4)) words[random.int(3, length - 4)] += ",";
    return words.join(" ") + tail + ".";
  }
  const phrase = (min, max) => Array.from({ length: random.int(min, max) }, contentWord).join(" ").toLowerCase();
  return { setParent, word, contentWord, capitalise, sentence, phrase };
}

// YAML single-quoted scalar: always safe, whatever the sampled words contain.
const quote = (s) => `'${s.replace(/'/g, "''")}'`;
const slugify = (s) => s.toLowerCase().replace(/[’']/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");

// ---------------------------------------------------------------------------------------------------------
// Generated pages and sources.

const TITLES = [
  (a, b) => `Does ${a} change ${b}?`, (a, b) => `What is ${a} ${b}?`, (a, b) => `${a} and ${b}`,
  (a, b) => `How does ${a} affect ${b}?`, (a, b) => `Why does ${a} follow ${b}?`, (a, b) => `Is ${a} linked to ${b}?`,
  (a, b) => `${a}, ${b} and dopamine`, (a, b) => `Can ${a} reset ${b}?`,
];
const EVIDENCE = ["strong", "moderate", "emerging", "contested"];
const SAFETY = ["addiction", "medication", "supplements", "cold"];

function planPages(random, writer, real, generatedCount) {
  const titles = new Set(real.pages.map((p) => p.title.toLowerCase()));
  const slugs = new Set(real.pages.map((p) => p.slug));
  const pages = [];
  for (let i = 0; i < generatedCount; i++) {
    let title = "";
    let slug = "";
    const parent = random.pick(real.pages);
    writer.setParent(parent);
    // Titles and slugs are unique across the corpus (DK004, DK005); a clash just draws again, then numbers.
    for (let tries = 0; ; tries++) {
      const template = random.pick(TITLES);
      title = writer.capitalise(template(writer.phrase(1, 2), writer.phrase(1, 2)));
      if (tries > 5) title = `${title.replace(/\?$/, "")} (${i})${title.endsWith("?") ? "?" : ""}`;
      slug = slugify(title);
      if (slug && !titles.has(title.toLowerCase()) && !slugs.has(slug)) break;
    }
    titles.add(title.toLowerCase());
    slugs.add(slug);
    // About one page in nine is a theme page, as in the real content (5 topics, 40 questions).
    pages.push({ kind: random.chance(0.11) ? "topics" : "questions", slug, title, parent });
  }
  return pages;
}

function makeSources(random, writer, facts, count, startDate) {
  const sources = [];
  const episodes = [];
  const ids = new Set(facts.ids);
  const uniqueId = (base) => {
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const surname = (author) => author.split(" ")[0].toLowerCase().replace(/[^a-z]/g, "");
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const year = random.int(1975, 2025);
    const title = writer.capitalise(writer.phrase(5, 12));
    // Mix close to the real registry: mostly papers and reviews, some books, episodes and their clips.
    if (roll < 0.08 || (roll < 0.16 && episodes.length === 0)) {
      const number = 200 + i;
      const id = uniqueId(`syn-ep-${number}`);
      const date = new Date(startDate - random.int(0, 3000) * 86400000).toISOString().slice(0, 10);
      const minutes = random.int(60, 180);
      episodes.push(id);
      sources.push({ id, type: "episode", primary: false, episode: true, minutes, yaml: [
        `- id: ${id}`, "  type: episode", `  title: ${quote(title)}`, `  show: ${quote(random.pick(facts.shows))}`,
        `  number: ${number}`, "  host: Andrew Huberman", `  guest: ${quote(random.pick(facts.authors))}`, `  date: ${date}`,
        `  duration: "${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}:00"`] });
    } else if (roll < 0.16) {
      const episode = random.pick(episodes);
      const id = uniqueId(`${episode}-${slugify(writer.phrase(2, 3)).slice(0, 30)}`);
      sources.push({ id, type: "clip", primary: false, yaml: [
        `- id: ${id}`, "  type: clip", `  title: ${quote(title)}`, `  episode: ${episode}`, `  note: Chapter of ${episode}.`] });
    } else if (roll < 0.21) {
      const authors = random.distinct(facts.authors, random.int(1, 2));
      const id = uniqueId(`${surname(authors[0])}-${year}`);
      sources.push({ id, type: "book", primary: true, yaml: [
        `- id: ${id}`, "  type: book", `  authors: [${authors.join(", ")}]`, `  year: ${year}`, `  title: ${quote(title)}`,
        `  publisher: ${quote(random.pick(facts.publishers))}`, `  isbn: "978${String(random.int(1e9, 9999999999)).padStart(10, "0")}"`] });
    } else {
      const type = roll < 0.4 ? "review" : "paper";
      const authors = random.distinct(facts.authors, random.int(1, 6));
      const id = uniqueId(`${surname(authors[0])}-${year}`);
      const first = random.int(1, 9000);
      sources.push({ id, type, primary: type === "paper", yaml: [
        `- id: ${id}`, `  type: ${type}`, `  authors: [${authors.join(", ")}]`, `  year: ${year}`, `  title: ${quote(title)}`,
        `  journal: ${quote(random.pick(facts.journals))}`, `  volume: "${random.int(1, 120)}"`,
        `  pages: "${first}-${first + random.int(3, 30)}"`, `  doi: 10.${random.int(1000, 9999)}/syn.${year}.${i}`] });
    }
  }
  return sources;
}

// Which sources each page cites: at least three, one a paper or book. Page i always cites source i mod S, so
// every generated source is cited somewhere (an uncited one would be DK019).
function assignCitations(random, pages, sources, realSourceIds) {
  const primaries = sources.filter((s) => s.primary);
  const keysOf = (s) => s.id;
  pages.forEach((page, i) => {
    const chosen = new Map();
    const add = (s) => chosen.set(s.id, s);
    add(sources[i % sources.length]);
    add(random.pick(primaries));
    while (chosen.size < random.int(3, 6)) add(random.pick(sources));
    page.sources = [...chosen.values()];
    // Now and then a real source too, as a real page would cite a classic paper.
    page.extraKeys = random.chance(0.15) ? [random.pick(realSourceIds)] : [];
    page.keys = [...page.sources.map(keysOf), ...page.extraKeys];
  });
}

function citation(random, page) {
  const source = random.pick(page.sources);
  if (source.episode && random.chance(0.5)) {
    // A moment inside the episode, always before its end (past it would be DK018).
    const minute = random.int(0, source.minutes - 1);
    return `[@${source.id}, ${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}:${String(random.int(0, 59)).padStart(2, "0")}]`;
  }
  if (random.chance(0.1)) return `[${random.distinct(page.keys, 2).map((k) => `@${k}`).join("; ")}]`;
  return `[@${random.pick(page.keys)}]`;
}

function renderPage(random, writer, real, page, allSlugs, tags) {
  const linkTo = () => {
    let target = random.pick(allSlugs);
    while (target === page.slug) target = random.pick(allSlugs);
    return random.chance(0.5) ? `[[${target}]]` : `[[${target}|${writer.phrase(2, 4)}]]`;
  };
  const related = random.distinct(allSlugs, random.int(3, 6), new Set([page.slug]));
  const lines = ["---",
    `title: ${quote(page.title)}`,
    `summary: ${quote(writer.sentence(random.int(14, 32)))}`,
    `tags: [${random.distinct(tags, random.int(1, 4)).join(", ")}]`,
    `related: [${related.join(", ")}]`,
    `reviewed: 202${random.int(5, 6)}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
    `evidence: ${random.pick(EVIDENCE)}`,
    `evidence_note: ${quote(writer.sentence(random.int(10, 24)))}`];
  if (random.chance(0.35)) lines.push(`aliases: [${Array.from({ length: random.int(1, 3) }, () => writer.phrase(1, 3)).join(", ")}]`);
  if (random.chance(0.05)) lines.push(`safety: ${random.pick(SAFETY)}`);
  lines.push("---", "", "## Key points", "");

  // Every key is cited at least once, first in the key points; the rest of the page cites at random.
  const keys = [...page.keys];
  const points = random.int(3, 7);
  let words = 0;
  for (let n = 1; n <= points; n++) {
    const own = n === points ? keys.splice(0) : keys.splice(0, 1);
    const cites = (own.length ? own : [random.pick(page.keys)]).map((k) => `[@${k}]`).join(" ");
    const lead = writer.sentence(random.int(3, 8));
    const rest = Array.from({ length: random.int(1, 2) }, () => writer.sentence()).join(" ");
    const evidence = random.chance(0.05) ? ` [evidence: ${random.pick(EVIDENCE)}]` : "";
    const point = `${n}. **${lead}** ${rest.slice(0, -1)} ${cites}.${evidence}`;
    words += point.split(" ").length;
    lines.push(point);
  }

  // Sections until the page is as long as a sampled real one; a few sentences carry a citation or a link.
  const target = random.pick(real.pageLengths);
  const sections = random.int(3, 6);
  const perSection = Math.max(60, Math.floor((target - words) / sections));
  for (let s = 0; s < sections; s++) {
    lines.push("", `## ${writer.capitalise(writer.phrase(2, 5))}`, "");
    let sectionWords = 0;
    let paragraph = [];
    while (sectionWords < perSection) {
      let tail = "";
      if (random.chance(0.45)) tail = ` ${citation(random, page)}`;
      const length = random.pick(real.sentenceLengths);
      let text = writer.sentence(length, tail);
      if (random.chance(0.07)) text = `${text.slice(0, -1)}, as ${linkTo()} explains.`;
      paragraph.push(text);
      sectionWords += length;
      if (paragraph.length >= random.int(3, 6)) {
        lines.push(paragraph.join(" "), "");
        paragraph = [];
      }
    }
    if (paragraph.length) lines.push(paragraph.join(" "), "");
    if (lines.at(-1) === "") lines.pop();
  }
  lines.push("");
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------------------

function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const random = makeRandom(args.seed);
  const real = studyRealContent(args.from);
  if (args.pages < real.pages.length) throw new Error(`--pages must be at least ${real.pages.length}, the real pages it keeps`);
  if (fs.existsSync(args.out) && fs.readdirSync(args.out).length > 0) throw new Error(`${args.out} is not empty`);

  const sourcesText = fs.readFileSync(path.join(args.from, "sources.yml"), "utf8");
  const facts = studySources(sourcesText);
  const tags = [...fs.readFileSync(path.join(args.from, "tags.yml"), "utf8").matchAll(/^- id: (.+)$/gm)].map((m) => m[1].trim());
  const writer = makeWriter(random, real);

  const generatedCount = args.pages - real.pages.length;
  const pages = planPages(random, writer, real, generatedCount);
  const sources = generatedCount > 0
    ? makeSources(random, writer, facts, Math.max(3, Math.ceil(generatedCount / 4)), Date.UTC(2026, 0, 1)) : [];
  if (generatedCount > 0 && !sources.some((s) => s.primary)) sources.push(...makeSources(makeRandom(args.seed + 1), writer, facts, 20, Date.UTC(2026, 0, 1)).filter((s) => s.primary));
  assignCitations(random, pages, sources, [...facts.ids]);
  const allSlugs = [...real.pages.map((p) => p.slug), ...pages.map((p) => p.slug)];

  for (const kind of ["topics", "questions"]) fs.mkdirSync(path.join(args.out, kind), { recursive: true });
  for (const file of ["glossary.yml", "tags.yml", "synonyms.txt"]) fs.copyFileSync(path.join(args.from, file), path.join(args.out, file));
  for (const page of real.pages) {
    fs.copyFileSync(path.join(args.from, page.kind, `${page.slug}.md`), path.join(args.out, page.kind, `${page.slug}.md`));
  }
  for (const page of pages) {
    writer.setParent(page.parent);
    fs.writeFileSync(path.join(args.out, page.kind, `${page.slug}.md`), renderPage(random, writer, real, page, allSlugs, tags));
  }

  const generatedSources = sources.map((s) => s.yaml.join("\n")).join("\n\n");
  fs.writeFileSync(path.join(args.out, "sources.yml"),
    `${sourcesText.trimEnd()}\n\n# --- Generated by tests/bench/generate-corpus.mjs (seed ${args.seed}) ---\n\n${generatedSources}\n`);

  // The home page's reading path starts at generated theme pages (the real ones if none were generated).
  const home = fs.readFileSync(path.join(args.from, "home.yml"), "utf8");
  const themes = pages.filter((p) => p.kind === "topics").slice(0, 5).map((p) => p.slug);
  const startHere = themes.length ? themes : real.pages.filter((p) => p.kind === "topics").map((p) => p.slug);
  fs.writeFileSync(path.join(args.out, "home.yml"),
    `${home.replace(/^start_here:[\s\S]*$/m, "").trimEnd()}\nstart_here:\n${startHere.map((s) => `  - ${s}`).join("\n")}\n`);

  const edit = pages.find((p) => p.kind === "questions") ?? { kind: "questions", slug: real.pages.find((p) => p.kind === "questions").slug };
  process.stdout.write(`${JSON.stringify({
    pages: real.pages.length + pages.length, generated: pages.length, sources: facts.ids.size + sources.length,
    ms: Date.now() - started, editSlug: edit.slug, editFile: `${edit.kind}/${edit.slug}.md`,
  })}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`generate-corpus: ${error.message}\n`);
  process.exit(1);
}
