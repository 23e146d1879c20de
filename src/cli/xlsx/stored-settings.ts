import JSZip from "jszip";
import { promises as fs } from "fs";
import { namespaceOf } from "../../core/settings/json-xml";
import { DEFAULT_ADDIN_SETTINGS, LoadedSettings, NS_SETTINGS, parseStoredSettings } from "../../core/settings/stored";

/**
 * The settings the add-in stored in a workbook (custom XML part urn:phuluc:settings:1), read straight from the
 * .xlsx package: ExcelJS does not expose custom XML parts. Without them `phuluc check` would judge a file
 * differently from the pane of the colleague who switched a rule off or added the office's agencies.
 */
export async function readStoredSettings(path: string): Promise<LoadedSettings> {
  const zip = await JSZip.loadAsync(await fs.readFile(path));
  for (const name of Object.keys(zip.files)
    .filter((n) => /^customXml\/item\d+\.xml$/i.test(n))
    .sort()) {
    const xml = await zip.file(name)?.async("string");
    if (xml && namespaceOf(xml) === NS_SETTINGS) return parseStoredSettings(xml);
  }
  return { status: "default", value: DEFAULT_ADDIN_SETTINGS };
}
