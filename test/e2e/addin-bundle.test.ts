/**
 * The add-in Excel loads carries no simulation code: the production build of the add-in (webpack.config.js, the
 * pages `npm run build` writes to dist/web) is scanned for strings that exist only in sim/fake-excel. The control:
 * the same strings are found in the preview's bundles, so a scan that finds nothing in the add-in means something.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import path from "path";
import { SIMULATION_MARKER } from "../../sim/fake-excel";
import { BUILD_DIR, ROOT, ensureBuilt, ensurePreviewBuilt } from "./support";

const ADDIN_DIR = path.join(ROOT, "test-results", "addin-web");
/** The marker constant, and the global the fake installs itself as (a property key, which minifiers keep). */
const MARKERS = [SIMULATION_MARKER, "__fakeExcel"];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function markersIn(file: string): string[] {
  const text = readFileSync(file, "latin1");
  return MARKERS.filter((m) => text.includes(m));
}

/** The scripts an HTML page loads from its own folder (<script src="…">, quoted or not as the minifier left it). */
function localScripts(dir: string, page: string): string[] {
  const html = readFileSync(path.join(dir, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>"]+))/g)]
    .map((m) => (m[1] ?? m[2]) as string)
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(dir, src));
}

beforeAll(() => {
  const addin = ensureBuilt("build-addin.js", ADDIN_DIR, "taskpane.html");
  if (addin.built) console.log(`[e2e] built the production add-in in ${addin.ms} ms`);
  const pages = ensurePreviewBuilt();
  if (pages.built) console.log(`[e2e] built the pages in ${pages.ms} ms`);
}, 1_300_000); // two builds, each bounded by ensureBuilt; a bound against a hang, not a speed target

test("the production add-in's task pane bundle has none of the simulation's strings", () => {
  const scripts = localScripts(ADDIN_DIR, "taskpane.html");
  expect(scripts.some((s) => /taskpane\.[0-9a-f]{8}\.js$/.test(s))).toBe(true);
  for (const script of scripts)
    expect({ script: path.basename(script), markers: markersIn(script) }).toEqual({ script: path.basename(script), markers: [] });
});

test("no file of the production add-in build is simulation code or a preview page", () => {
  const files = filesUnder(ADDIN_DIR).filter((f) => path.basename(f) !== ".built");
  const names = files.map((f) => path.relative(ADDIN_DIR, f));
  expect(names).toContain("taskpane.html");
  expect(names).toContain("manifest.xml");
  expect(names.filter((n) => /preview|fake|seeds/.test(n))).toEqual([]);
  const found = files.filter((f) => /\.(js|html|xml|css|txt)$/.test(f) && markersIn(f).length > 0);
  expect(found.map((f) => path.relative(ADDIN_DIR, f))).toEqual([]);
});

test("control: the preview and the office.js stand-in, built from sim/, do carry the marker", () => {
  for (const page of ["preview.js", "fake-office.js"]) expect(markersIn(path.join(BUILD_DIR, page))).toEqual(MARKERS);
  // The add-in built for the browser tests next to them (development mode, nothing tree-shaken) has none either.
  expect(localScripts(BUILD_DIR, "taskpane.html").flatMap(markersIn)).toEqual([]);
});
