// Generates the cross-check vectors for the Fortune Saju engine from the `manseryeok` npm package
// (v2.0.0: a Korean manseryeok whose 절입 table is verified against KASI to the minute and whose lunar
// calendar is KASI's). The library is NOT a dependency of the repository: install it in a scratch
// directory and point this script at it, e.g.
//
//   npm install --prefix /tmp/saju-gen manseryeok@2.0.0
//   node etc/scripts/saju-vectors/generate.mjs /tmp/saju-gen test/Forge.Fortune.Tests/Saju/Data
//
// Output (committed, so tests never need node):
//   manseryeok-vectors.json  birth inputs (Korean wall clock) with the library's pillars per convention
//   manseryeok-jeol.json     the library's 12 節 instants (UTC, minute precision) for 1900–2100
// A fixed seed makes the file reproducible byte for byte.
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const [libDir = '/tmp/saju-gen', outDir = 'test/Forge.Fortune.Tests/Saju/Data'] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(libDir), 'package.json'));
const m = require('manseryeok');
const version = require('manseryeok/package.json').version;

// mulberry32: tiny, well-known, deterministic.
let seed = 20241122;
function random() {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];

const MIN = Date.UTC(1900, 0, 1), MAX = Date.UTC(2100, 11, 31, 23, 59);
const pad = (n) => String(n).padStart(2, '0');
// Wall-clock fields of an epoch-ms value read as UTC (we use it to carry KST wall time).
const wall = (ms) => { const d = new Date(ms); return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() }; };
const text = (w) => `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
const pillars = (r) => [r.year, r.month, r.day, r.hour].map((p) => p.heavenlyStem + p.earthlyBranch).join(' ');
const tenGods = (r) => ['year', 'month', 'day', 'hour'].map((k) => `${r.tenGods[k].stem}/${r.tenGods[k].branch}`).join(' ');
const KST_MS = 9 * 3600e3;

// The library's names for the 子-hour schools → ours.
const CONVENTIONS = { split: 'splitJasi', midnight: 'midnight', day_start_23: 'jasi' };

function plainCase(w, kind) {
  const gender = pick(['male', 'female']);
  const expected = {};
  for (const [ours, theirs] of Object.entries(CONVENTIONS))
    expected[ours] = pillars(m.calculateFourPillars({ ...w, dayBoundary: theirs }));
  const r = m.calculateFourPillars({ ...w, gender, dayBoundary: 'splitJasi' });
  return {
    kind, input: text(w), gender, expected,
    ten_gods: tenGods(r),
    daeun: { forward: r.luckPillars.forward, start_age: r.luckPillars.startAge, first: r.luckPillars.pillars[0].korean },
  };
}

const cases = [];

// 1. Uniform random wall-clock minutes over 1900–2100, all three 子-hour conventions.
for (let i = 0; i < 1200; i++) cases.push(plainCase(wall(MIN + Math.floor(random() * (MAX - MIN) / 60000) * 60000), 'random'));

// 2. Near a 節: within ±10 minutes of a random 節 instant, where year/month accuracy is actually tested.
for (let i = 0; i < 400; i++) {
  const y = int(1900, 2100), jeol = pick([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  const at = m.getSolarTerm(y, jeol).date.getTime() + int(-10, 10) * 60000 + KST_MS;
  if (at < MIN || at > MAX) continue;
  cases.push(plainCase(wall(at), 'near_jeol'));
}

// 3. 子 hour and midnight: 22:30–01:29, where the conventions and the hour stem rules bite.
for (let i = 0; i < 200; i++) {
  const day = MIN + int(0, (MAX - MIN) / 86400000 - 1) * 86400000;
  cases.push(plainCase(wall(day + (22 * 60 + 30 + int(0, 179)) * 60000), 'around_midnight'));
}

// 4. True solar time at a longitude in Korea (historical offsets + equation of time, as the library does).
for (let i = 0; i < 300; i++) {
  const w = wall(MIN + Math.floor(random() * (MAX - MIN) / 60000) * 60000);
  const longitude = Math.round((124.5 + random() * 6) * 1000) / 1000;
  const r = m.calculateFourPillars({ ...w, dayBoundary: 'splitJasi', trueSolarTime: { longitude } });
  cases.push({ kind: 'true_solar', input: text(w), longitude, expected: { split: pillars(r) } });
}

// 5. Historical offsets near a 節 in the +8:30 and daylight-saving eras: only year and month are
//    comparable (the library reads the hour on UTC+9 of the instant; we read it on the wall clock).
const eras = [[1908, 1911], [1948, 1951], [1954, 1961], [1987, 1988]];
for (let i = 0; i < 200; i++) {
  const [a, b] = pick(eras); const y = int(a, b), jeol = pick([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
  const at = m.getSolarTerm(y, jeol).date.getTime() + KST_MS + int(-90, 90) * 60000;
  const w = wall(at);
  const r = m.calculateFourPillars({ ...w, trueSolarTime: { longitude: 135, applyEquationOfTime: false, applyHistoricalDst: true } });
  cases.push({ kind: 'historical_year_month', input: text(w), expected: { year_month: `${r.year.heavenlyStem}${r.year.earthlyBranch} ${r.month.heavenlyStem}${r.month.earthlyBranch}` } });
}

// 6. Lunar input: a random solar day's lunar date (leap months arise naturally), converted back by KASI data.
for (let i = 0; i < 300; i++) {
  const w = wall(Date.UTC(1900, 2, 1) + int(0, (Date.UTC(2050, 11, 31) - Date.UTC(1900, 2, 1)) / 86400000) * 86400000 + int(0, 1439) * 60000);
  const l = m.solarToLunar(w.year, w.month, w.day);
  const r = m.calculateFourPillars({ year: l.year, month: l.month, day: l.day, hour: w.hour, minute: w.minute, isLunar: true, isLeapMonth: l.isLeapMonth, dayBoundary: 'splitJasi' });
  cases.push({ kind: 'lunar', input: `${l.year}-${pad(l.month)}-${pad(l.day)}T${pad(w.hour)}:${pad(w.minute)}`, is_leap_month: l.isLeapMonth, solar_date: text(w).slice(0, 10), expected: { split: pillars(r) } });
}

mkdirSync(outDir, { recursive: true });
const header = { source: `manseryeok@${version} (npm)`, seed: 20241122, generated_by: 'etc/scripts/saju-vectors/generate.mjs' };
writeFileSync(path.join(outDir, 'manseryeok-vectors.json'), JSON.stringify({ ...header, cases }, null, 0).replace(/\},\{/g, '},\n{') + '\n');

const jeol = {};
for (let y = 1900; y <= 2100; y++) jeol[y] = [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22].map((i) => m.getSolarTerm(y, i).date.toISOString().slice(0, 16) + 'Z');
writeFileSync(path.join(outDir, 'manseryeok-jeol.json'), JSON.stringify({ ...header, order: 'sohan ipchun gyeongchip cheongmyeong ipha mangjong soseo ipchu baengno hallo ipdong daeseol', jeol }, null, 0).replace(/\],"/g, '],\n"') + '\n');
console.log(`${cases.length} cases written to ${outDir}`);
