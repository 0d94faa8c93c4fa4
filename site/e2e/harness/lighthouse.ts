/**
 * Lighthouse with the system Chromium (no download), mobile emulation as Lighthouse does
 * by default. Returns each category's score out of 100 and the audits that lost points.
 *
 * Performance is the median of three runs, as Lighthouse's own advice on variability says: on a
 * shared 2-core machine, one slow moment in Chromium gave a page without any JavaScript a Total
 * Blocking Time penalty (92 in one CI run, 100 before and after). The other categories do not
 * vary and are read from the first run.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from './browser';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface AuditResult {
  url: string;
  scores: Record<Category, number>;
  /** The three performance scores; `scores.performance` is their median. */
  performanceRuns: number[];
  /** Audits below a full score, per category: what to look at when a number drops. */
  failing: Record<Category, string[]>;
  /** JavaScript the page downloads, compressed, in bytes. */
  scriptBytes: number;
}

export async function runLighthouse(url: string, options: { cookie?: string } = {}): Promise<AuditResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const audit = async (categories: readonly Category[]) => {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
        ...(options.cookie ? { extraHeaders: { Cookie: options.cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${url}`);
      return result.lhr;
    };
    const lhr = await audit(CATEGORIES);
    const scores = {} as Record<Category, number>;
    const failing = {} as Record<Category, string[]>;
    for (const category of CATEGORIES) {
      const found = lhr.categories[category];
      scores[category] = Math.round((found?.score ?? 0) * 100);
      failing[category] = (found?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title ?? ''}`);
    }
    const performanceRuns = [scores.performance];
    for (let run = 2; run <= 3; run += 1) {
      const again = await audit(['performance']);
      performanceRuns.push(Math.round((again.categories.performance?.score ?? 0) * 100));
    }
    scores.performance = [...performanceRuns].sort((a, b) => a - b)[1]!;
    const summary = lhr.audits['resource-summary']?.details as
      { items?: Array<{ resourceType: string; transferSize: number }> } | undefined;
    const scriptBytes = summary?.items?.find((item) => item.resourceType === 'script')?.transferSize ?? 0;
    // Where the browser ended up: a member page without a session would have become /connexion.
    return { url: lhr.finalDisplayedUrl || url, scores, performanceRuns, failing, scriptBytes };
  } finally {
    chrome.kill();
  }
}
