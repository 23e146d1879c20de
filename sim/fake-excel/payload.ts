/**
 * Payload sizes measured the way office.js serialises a batch (read from node_modules/@microsoft/office-js,
 * excel-web-16.00.debug.js: ClientRequestBase.buildRequestMessageBodyAndRequestFlags, CommonActionFactory,
 * OperationalApiHelper), so the fake's 5 MB limits bite where Excel on the web's do.
 *
 * Request body: `{"AutoKeepReference":false,"Actions":[…],"ObjectPaths":{"<id>":{…},…}}`.
 *  - every object path the batch uses (each step of `workbook.worksheets.getItem("A").getRange("E12")…`) is sent
 *    once per request as `{"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo":{"Arguments":[…]}}`,
 *    and instantiated by its own action `{"Id","ActionType":1,"Name":"","ObjectPathId"}`;
 *  - a property write is `{"Id","ActionType":4,"Name":"values","ObjectPathId","ArgumentInfo":{"Arguments":[v]}}`,
 *    a method call ActionType 3 with its arguments, a load ActionType 2 with `"QueryInfo":{"Select":[…],"Expand":[]}`.
 * Ids come from one counter per request context (`context._nextId()`), so they grow over a long batch.
 *
 * Response body: `{"Results":[{"ActionId":n,"Value":…}]}` — one result per load or method with a value; the
 * loaded values are the same JSON arrays the fake builds (`"Values":[["…",…]]`), so a cell costs its JSON text
 * plus a comma in each loaded property. (Results of instantiate actions are left out: their shape is not in the
 * client library.)
 */

// The platform's own UTF-8 encoder (browsers and Node), not the adapter's estimator: the fake measures the bytes
// of the JSON text it builds in office.js's shape, independently of what src/excel predicts.
const utf8 = new TextEncoder();

export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

/** Bytes of a value's JSON text, as it goes over the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** The steps of a fake object path: `wb.worksheets["A"].range("E12").dataValidation` → 5 prefixes. */
export function pathSteps(path: string): string[] {
  const steps: string[] = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "(" || ch === "[") {
      if (ch === "[" && depth === 0 && i > 0) steps.push(path.slice(0, i));
      depth++;
    } else if (ch === ")" || ch === "]") depth--;
    else if (ch === "." && depth === 0) steps.push(path.slice(0, i));
  }
  steps.push(path);
  return steps;
}

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[] };
}

/** One step's object path entry: the name and the argument text of `getItem("A")`, `[3]`, `format`. */
function pathInfo(step: string, parentStep: string | undefined, id: number, parentId: number | undefined): PathInfo {
  const own = parentStep === undefined ? step : step.slice(parentStep.length).replace(/^\./, "");
  const m = /^([^([]*)[([](.*)[)\]]\??$/.exec(own);
  const name = (m ? m[1] : own.replace(/\?$/, "")) ?? "";
  if (parentId === undefined) return { Id: id, ObjectPathType: 1, Name: "" };
  const info: PathInfo = { Id: id, ObjectPathType: m ? (own.startsWith("[") ? 5 : 3) : 4, Name: name, ParentObjectPathId: parentId };
  // The argument text is already JSON-like ("A", 3, "E12", 0,0,10,6); sent as one argument of that length.
  if (m) info.ArgumentInfo = { Arguments: [m[2] ?? ""] };
  return info;
}

/** Ids and paths of one request context, kept across its syncs as office.js keeps its ObjectPath ids. */
export class RequestIds {
  private next = 1;
  private readonly paths = new Map<string, number>();

  nextId(): number {
    return this.next++;
  }

  pathId(step: string): number {
    let id = this.paths.get(step);
    if (id === undefined) this.paths.set(step, (id = this.nextId()));
    return id;
  }
}

interface OpDesc {
  o?: unknown;
  load?: unknown;
  set?: unknown;
  v?: unknown;
  m?: unknown;
  a?: unknown;
  [k: string]: unknown;
}

/** The request body office.js would send for these operations, and the action id of each operation. */
export function officeRequest(descs: readonly unknown[], ids: RequestIds): { body: unknown; actionIds: number[] } {
  const objectPaths: Record<string, PathInfo> = {};
  const actions: unknown[] = [];
  const actionIds: number[] = [];
  const instantiate = (path: string): number => {
    const steps = pathSteps(path);
    let parentId: number | undefined;
    let parentStep: string | undefined;
    for (const step of steps) {
      const id = ids.pathId(step);
      if (!objectPaths[id]) {
        objectPaths[id] = pathInfo(step, parentStep, id, parentId);
        actions.push({ Id: ids.nextId(), ActionType: 1, Name: "", ObjectPathId: id });
      }
      parentId = id;
      parentStep = step;
    }
    return parentId as number;
  };
  for (const raw of descs) {
    const d = (raw ?? {}) as OpDesc;
    const objectPathId = instantiate(String(d.o ?? ""));
    const id = ids.nextId();
    actionIds.push(id);
    if (d.load !== undefined) {
      const select = String(d.load)
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      actions.push({ Id: id, ActionType: 2, Name: "", ObjectPathId: objectPathId, QueryInfo: { Select: select, Expand: [] } });
    } else if (d.set !== undefined) {
      actions.push({ Id: id, ActionType: 4, Name: String(d.set), ObjectPathId: objectPathId, ArgumentInfo: { Arguments: [d.v] } });
    } else {
      const args = Array.isArray(d.a) ? d.a : d.event !== undefined ? [d.event] : [];
      actions.push({ Id: id, ActionType: 3, Name: String(d.m ?? ""), ObjectPathId: objectPathId, ArgumentInfo: { Arguments: args } });
    }
  }
  return { body: { AutoKeepReference: false, Actions: actions, ObjectPaths: objectPaths }, actionIds };
}

/** Bytes of the response office.js would receive: one result per operation that returns a value. */
export function officeResponseBytes(results: ReadonlyArray<{ actionId: number; payload: unknown }>): number {
  return jsonBytes({ Results: results.map((r) => ({ ActionId: r.actionId, Value: r.payload })) });
}
