/** Deadline understanding: `parseDeadline` reads a "Thời gian hoàn thành" cell into milestones. */
export { parseDeadline } from "./parse";
export type { ParseDeadlineOptions } from "./parse";
export type { DeadlineResult, Milestone, MilestoneKind, Rhythm, UnparsedFragment, UnparsedReason } from "./types";
