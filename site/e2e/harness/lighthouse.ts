/**
 * Lighthouse with the system Chromium (no download), mobile emulation as Lighthouse does
 * by default. Returns each category's score out of 100 and the audits that lost points.
 *
 * One run: accessibility, best practices, SEO and the bytes of JavaScript do not vary from one
 * run to the next. Performance does, with the load of a shared machine (one slow moment gave a
 * page without JavaScript a Total Blocking Time penalty), so it is reported, not gated.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AuditResult {
  url: string;
  scores: Record<Category, number>;
  /** Audits below a full score, per category: what to look at when a number drops. */
  failing: Record<Category, string[]>;
  /** JavaScript the page downloads, compressed, in bytes. */
  scriptBytes: number;
}

let chrome: Promise<chromeLauncher.LaunchedChrome> | undefined;

/** One Chromium for every page of a run: a launch per page cost more than some audits. */
function browser(): Promise<chromeLauncher.LaunchedChrome> {
  chrome ??= chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  return chrome;
}

export async function closeLighthouse(): Promise<void> {
  const launched = chrome;
  chrome = undefined;
  if (launched) (await launched).kill();
}

export async function runLighthouse(url: string, options: { cookie?: string } = {}): Promise<AuditResult> {
  const { port } = await browser();
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    // No audit reads the full-page screenshot; the pauses are Lighthouse's own, for pages
    // whose scripts keep working after load (ours send almost none).
    disableFullPageScreenshot: true,
    pauseAfterFcpMs: 250,
    pauseAfterLoadMs: 250,
    networkQuietThresholdMs: 250,
    cpuQuietThresholdMs: 250,
    ...(options.cookie ? { extraHeaders: { Cookie: options.cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
  const { lhr } = result;
  const scores = {} as Record<Category, number>;
  const failing = {} as Record<Category, string[]>;
  for (const category of CATEGORIES) {
    const found = lhr.categories[category];
    scores[category] = Math.round((found?.score ?? 0) * 100);
    failing[category] = (found?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
  }
  const summary = lhr.audits['resource-summary']?.details as
    { items?: Array<{ resourceType: string; transferSize: number }> } | undefined;
  const scriptBytes = summary?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? 0;
  // Where the browser ended up: a member page without a session would have become /connexion.
  return { url: lhr.finalDisplayedUrl || url, scores, failing, scriptBytes };
}
