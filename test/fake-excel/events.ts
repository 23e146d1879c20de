/**
 * Events as office.js models them: `collection.onActivated.add(handler)` queues the registration and returns an
 * EventHandlerResult (`context`, `remove()`); both the registration and the removal take effect at the next
 * `context.sync()`. The host (FakeExcel) delivers each event asynchronously, after the sync that caused it, to the
 * handlers registered at delivery time.
 */
import { Ctx, EventHandler } from "./runtime";

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
