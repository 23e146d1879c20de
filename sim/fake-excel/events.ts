/**
 * Events as office.js models them: `collection.onActivated.add(handler)` queues the registration and returns an
 * EventHandlerResult (`context`, `remove()`); both the registration and the removal take effect at the next
 * `context.sync()`. The host (FakeExcel) delivers each event asynchronously, after the sync that caused it, to the
 * handlers registered at delivery time.
 */
import { Area, formatArea, parseAreaList } from "./address";
import { Ctx, EventHandler } from "./runtime";
import type { FakeConditionalFormat, FakeSheet } from "./state";

/** OfficeExtension.EventHandlerResult: what `add` returns. */
export class FakeEventHandlerResult {
  constructor(
    private readonly owner: FakeEventHandlers,
    private readonly handler: EventHandler,
  ) {}
  /** The request context of the batch that registered the handler (remove in it: Excel.run(result.context, …)). */
  get context(): unknown {
    return this.owner._ctx.requestContext;
  }
  /** Queues the removal; it takes effect at the next sync of `context`. */
  remove(): void {
    this.owner.remove(this.handler);
  }
}

/** OfficeExtension.EventHandlers: one event of one object (here only the workbook-wide worksheet events). */
export class FakeEventHandlers {
  constructor(
    readonly _ctx: Ctx,
    private readonly event: string,
    private readonly path: string,
    /** For an object's own event (Worksheet.onChanged): the id of the object, resolved when the add is applied. */
    private readonly scope?: () => string,
  ) {}

  add(handler: EventHandler): FakeEventHandlerResult {
    this._ctx.enqueue({
      desc: { o: this.path, m: "add", event: this.event },
      exec: () =>
        this.scope
          ? this._ctx.host.addEventHandler(this.event, handler, this._ctx.requestContext, this.scope())
          : this._ctx.host.addEventHandler(this.event, handler, this._ctx.requestContext),
    });
    return new FakeEventHandlerResult(this, handler);
  }

  remove(handler: EventHandler): void {
    this._ctx.enqueue({
      desc: { o: this.path, m: "remove", event: this.event },
      exec: () => this._ctx.host.removeEventHandler(this.event, handler),
    });
  }
}

/**
 * Which API writes raise WorksheetChanged, and where. Excel documents that events are triggered by "Office Add-in
 * (JavaScript) code that changes the workbook" as well as by the user, and that onChanged fires "when either the
 * format or value of the data changes". Whether a data-validation or conditional-format change raises it is not
 * documented either way: the fake assumes it does — the worst case for an add-in that must not take its own marks
 * for the user's edits. Anything on a range (values, formulas, number formats, links, merges, clearing, format,
 * fill, font, borders, validation, conditional formats) counts; selecting does not; sheet-level changes (name,
 * position, freeze panes, page layout, custom properties, charts) are other events.
 */
export function changedAreas(target: unknown, desc: Record<string, unknown>): { sheet: FakeSheet; areas: Area[] } | null {
  if (desc.m === "select" || typeof target !== "object" || target === null) return null;
  const t = target as { sheet?: FakeSheet; area?: Area; areas?: Area[]; cf?: FakeConditionalFormat };
  if (!t.sheet || typeof t.sheet !== "object" || !("cells" in t.sheet)) return null;
  if (t.area) return { sheet: t.sheet, areas: [t.area] };
  if (t.areas) return { sheet: t.sheet, areas: t.areas };
  if (t.cf) return { sheet: t.sheet, areas: parseAreaList(t.cf.ranges)?.areas ?? [] };
  return null;
}

/**
 * The changes of one sync, per sheet, raised as one event each after the sync (as office.js delivers events once a
 * batch has run). The address lists the changed areas in the order written; more than
 * MAX_LISTED_AREAS become their bounding box.
 */
export class PendingChanges {
  // Areas by their corners, so that 20,000 marked cells are listed once each without comparing every pair.
  private readonly bySheet = new Map<string, Map<string, Area>>();
  add(sheetId: string, areas: readonly Area[]): void {
    const list = this.bySheet.get(sheetId) ?? new Map<string, Area>();
    for (const a of areas) {
      const key = `${a.top},${a.left},${a.bottom},${a.right}`;
      if (!list.has(key)) list.set(key, { ...a });
    }
    this.bySheet.set(sheetId, list);
  }
  /** Empties the list, giving each sheet's id and the event's address. */
  take(): Array<{ sheetId: string; address: string }> {
    const out = [...this.bySheet].map(([sheetId, areas]) => ({ sheetId, address: eventAddress([...areas.values()]) }));
    this.bySheet.clear();
    return out;
  }
}

const MAX_LISTED_AREAS = 50;

function eventAddress(areas: readonly Area[]): string {
  if (areas.length <= MAX_LISTED_AREAS) return areas.map(formatArea).join(",");
  const box = areas.reduce((b, a) => ({
    top: Math.min(b.top, a.top),
    left: Math.min(b.left, a.left),
    bottom: Math.max(b.bottom, a.bottom),
    right: Math.max(b.right, a.right),
  }));
  return formatArea(box);
}
