// Featured images of the demo articles, drawn in code as SVG (sharp turns them into JPEG at
// seed time): original pictures, no files to ship, a little different for every article.
import type { DemoImage } from './types.js';

/** Picture size: 16:9, as wide as the largest card and the article's lead image need. */
const WIDTH = 1200;
const HEIGHT = 675;

/** What each article's picture shows, and the alt text that says so. */
const PICTURES: Record<string, { motif: Motif; alt: string }> = {
  'where-kessmeres-water-comes-from': { motif: 'water', alt: 'Drawing of a river winding down to a reservoir, under a pale sky.' },
  'stillwater-reservoir-and-the-village-beneath-it': { motif: 'water', alt: 'Drawing of still water in layered blues, hills on the far shore.' },
  'reading-your-water-bill': { motif: 'water', alt: 'Drawing of gentle waves in bands of blue and teal.' },
  'the-water-that-never-arrives': { motif: 'water', alt: 'Drawing of a shallow stream thinning out across a sandy plain.' },
  'planning-for-a-dry-decade': { motif: 'water', alt: 'Drawing of a low river under a hot, pale sky.' },
  'inside-the-orrin-street-plant': { motif: 'plant', alt: 'Drawing of round settling tanks and pipes at a water treatment plant, seen from above.' },
  'why-kessmere-switched-to-chloramine': { motif: 'plant', alt: 'Drawing of treatment basins linked by pipes, seen from above.' },
  'lead-service-line-inventory-explained': { motif: 'plant', alt: 'Drawing of a grid of service pipes branching off a water main.' },
  'shadows-and-water': { motif: 'clock', alt: 'Drawing of a sundial’s face with the shadow of its gnomon.' },
  'the-escapement': { motif: 'clock', alt: 'Drawing of a clock face with its hands and hour marks.' },
  'harrisons-chronometer-and-the-longitude-problem': { motif: 'clock', alt: 'Drawing of a marine chronometer’s dial on a dark blue ground.' },
  'railway-time': { motif: 'clock', alt: 'Drawing of a station clock on an amber ground.' },
  'counting-atoms-the-caesium-second': { motif: 'clock', alt: 'Drawing of a clock face ringed by small dots, like orbiting atoms.' },
  'the-leap-seconds-long-goodbye': { motif: 'clock', alt: 'Drawing of a clock whose second hand stands just past the hour.' },
  'triangles-all-the-way-down': { motif: 'survey', alt: 'Drawing of a survey network: triangles joining stations across a green map.' },
  'des-triangles-a-perte-de-vue': { motif: 'survey', alt: 'Dessin d’un réseau de triangulation : des triangles relient des stations sur une carte verte.' },
  'mercators-compromise': { motif: 'survey', alt: 'Drawing of a map grid of meridians and parallels over land and sea.' },
  'benchmarks-beneath-your-feet': { motif: 'survey', alt: 'Drawing of a survey benchmark marker set among contour lines.' },
  'contour-lines-and-the-people-who-drew-them': { motif: 'survey', alt: 'Drawing of contour lines around a hill on a map.' },
};

type Motif = 'water' | 'plant' | 'clock' | 'survey';

/** A small deterministic sequence from a slug (FNV-1a, then xorshift): the same picture every seed. */
function randomOf(slug: string): () => number {
  let state = 0x811c9dc5;
  for (const c of slug) state = Math.imul(state ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

const PALETTES: Record<Motif, string[]> = {
  water: ['#0f3d56', '#1d6a8a', '#4aa3c2', '#9fd3e2', '#e8f3f6'],
  plant: ['#22313f', '#3b5568', '#6d8ea3', '#b7c9d3', '#e9eef1'],
  clock: ['#2b2118', '#6b4a2b', '#c08a3e', '#ecc98b', '#f8efdc'],
  survey: ['#1f3a2c', '#3e6b4f', '#7fa67f', '#c7dbb4', '#f3f1e2'],
};

function water(r: () => number, p: string[]): string {
  let out = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${p[4]}"/>`;
  for (let band = 0; band < 4; band++) {
    const y = 260 + band * 110 + Math.round(r() * 40);
    const amp = 20 + Math.round(r() * 30);
    const step = 150 + Math.round(r() * 100);
    let d = `M0 ${y}`;
    for (let x = 0; x < WIDTH + step; x += step) d += ` Q${x + step / 2} ${y + (x / step % 2 ? amp : -amp)} ${x + step} ${y}`;
    out += `<path d="${d} L${WIDTH} ${HEIGHT} L0 ${HEIGHT}Z" fill="${p[3 - band]}"/>`;
  }
  return out;
}

function plant(r: () => number, p: string[]): string {
  let out = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${p[4]}"/>`;
  const tanks = 3 + Math.floor(r() * 3);
  for (let i = 0; i < tanks; i++) {
    const cx = 150 + i * (900 / (tanks - 1 || 1));
    const cy = 220 + Math.round(r() * 260);
    const radius = 70 + Math.round(r() * 50);
    out += `<path d="M${cx} ${cy} H${i + 1 < tanks ? cx + 900 / (tanks - 1 || 1) : WIDTH}" stroke="${p[1]}" stroke-width="18"/>`;
    out += `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${p[2]}" stroke="${p[0]}" stroke-width="10"/>`;
    out += `<circle cx="${cx}" cy="${cy}" r="${Math.round(radius * 0.55)}" fill="${p[3]}"/>`;
  }
  return out;
}

function clock(r: () => number, p: string[]): string {
  const cx = 600 + Math.round((r() - 0.5) * 300);
  const cy = 338;
  let out = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${p[Math.floor(r() * 2)]}"/><circle cx="${cx}" cy="${cy}" r="250" fill="${p[4]}" stroke="${p[2]}" stroke-width="24"/>`;
  for (let h = 0; h < 12; h++) {
    const a = (h / 12) * 2 * Math.PI;
    out += `<rect x="${cx - 6}" y="${cy - 225}" width="12" height="${h % 3 ? 24 : 44}" fill="${p[0]}" transform="rotate(${h * 30} ${cx} ${cy})"/>`;
    if (r() < 0.3) out += `<circle cx="${Math.round(cx + Math.sin(a) * 330)}" cy="${Math.round(cy - Math.cos(a) * 300)}" r="10" fill="${p[3]}"/>`;
  }
  const hour = Math.round(r() * 360);
  const minute = Math.round(r() * 360);
  out += `<rect x="${cx - 10}" y="${cy - 130}" width="20" height="140" rx="8" fill="${p[0]}" transform="rotate(${hour} ${cx} ${cy})"/>`;
  out += `<rect x="${cx - 6}" y="${cy - 200}" width="12" height="210" rx="6" fill="${p[1]}" transform="rotate(${minute} ${cx} ${cy})"/>`;
  return `${out}<circle cx="${cx}" cy="${cy}" r="16" fill="${p[2]}"/>`;
}

function survey(r: () => number, p: string[]): string {
  let out = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${p[3]}"/>`;
  for (let i = 0; i < 5; i++) out += `<ellipse cx="${300 + Math.round(r() * 600)}" cy="${200 + Math.round(r() * 300)}" rx="${120 + i * 70}" ry="${80 + i * 45}" fill="none" stroke="${p[2]}" stroke-width="4"/>`;
  const points = Array.from({ length: 9 }, (_, i) => [80 + (i % 3) * 520 + Math.round(r() * 120 - 60), 90 + Math.floor(i / 3) * 250 + Math.round(r() * 80 - 40)] as const);
  const edges = [[0, 1], [1, 2], [3, 4], [4, 5], [6, 7], [7, 8], [0, 3], [3, 6], [1, 4], [4, 7], [2, 5], [5, 8], [0, 4], [4, 8], [2, 4], [4, 6]];
  for (const [a, b] of edges) out += `<line x1="${points[a!]![0]}" y1="${points[a!]![1]}" x2="${points[b!]![0]}" y2="${points[b!]![1]}" stroke="${p[0]}" stroke-width="5"/>`;
  for (const [x, y] of points) out += `<path d="M${x} ${y - 22} L${x + 19} ${y + 12} L${x - 19} ${y + 12}Z" fill="${p[4]}" stroke="${p[0]}" stroke-width="5"/>`;
  return out;
}

const DRAW: Record<Motif, (r: () => number, p: string[]) => string> = { water, plant, clock, survey };

/** The picture of a demo article (an SVG document and its alt text), or null when it has none. */
export function demoIllustration(slug: string, pictureOf: string = slug): DemoImage | null {
  const picture = PICTURES[slug];
  if (!picture) return null;
  const body = DRAW[picture.motif](randomOf(pictureOf), PALETTES[picture.motif]);
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${body}</svg>`, alt: picture.alt };
}
