// What the pane knows about where it runs. Kept apart from the React code so the rules (null host outside
// Office, a timeout when onReady never answers, feature detection of API sets) can be tested without a DOM.

export interface HostInfo {
  /** office.js was loaded (it comes from the Microsoft CDN in production, so it can be missing offline). */
  officeJsLoaded: boolean;
  /** True only inside an Office application; a plain browser tab gets false. */
  inOffice: boolean;
  host: string | null;
  platform: string | null;
  officeVersion: string | null;
  displayLanguage: string | null;
  /** Highest ExcelApi requirement set the host reports, e.g. "1.12"; null outside Excel. */
  excelApi: string | null;
}

const OUTSIDE: HostInfo = {
  officeJsLoaded: true,
  inOffice: false,
  host: null,
  platform: null,
  officeVersion: null,
  displayLanguage: null,
  excelApi: null,
};

// From 1.1, so a host below the manifest's 1.7 can say what it has; probing stops at the first unsupported minor
// version because sets are cumulative.
const EXCEL_API_FIRST = 1;
const EXCEL_API_LAST = 30;

function highestExcelApi(office: typeof Office): string | null {
  const requirements = office.context?.requirements;
  if (!requirements) return null;
  let highest: string | null = null;
  for (let minor = EXCEL_API_FIRST; minor <= EXCEL_API_LAST; minor++) {
    const version = `1.${minor}`;
    if (!requirements.isSetSupported("ExcelApi", version)) break;
    highest = version;
  }
  return highest;
}

/**
 * Waits for office.js and describes the host. Outside Office, Office.onReady resolves with a null host; inside a
 * frame that is not Office it may never resolve, hence the timeout.
 */
export async function detectHost(office: typeof Office | undefined, timeoutMs = 5000): Promise<HostInfo> {
  if (!office || typeof office.onReady !== "function") return { ...OUTSIDE, officeJsLoaded: false };
  const ready = await Promise.race([office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
  if (!ready || !ready.host) return OUTSIDE;
  const diagnostics = office.context?.diagnostics;
  return {
    officeJsLoaded: true,
    inOffice: true,
    host: String(ready.host),
    platform: ready.platform ? String(ready.platform) : null,
    officeVersion: diagnostics?.version ?? null,
    displayLanguage: office.context?.displayLanguage ?? null,
    excelApi: highestExcelApi(office),
  };
}
