import { z } from "zod";

/**
 * The shape of the directory data file and of user entries. The data file is edited by hand, so it is checked
 * at load: a typo there must fail loudly (and in the tests), not silently drop an agency.
 */

const name = z.string().trim().min(1);
// "2025", "2025-03" or "2025-03-01": reorganisations are known to the day for some bodies, to the year for others.
const era = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM hoặc YYYY-MM-DD");

export const agencyLevelSchema = z.enum(["central", "province", "district", "commune", "any"]);
export const agencyKindSchema = z.enum(["agency", "group"]);

export const dataEntrySchema = z
  .object({
    canonical: name,
    aliases: z.array(name).default([]),
    kind: agencyKindSchema.default("agency"),
    level: agencyLevelSchema,
    validFrom: era.optional(),
    validUntil: era.optional(),
    successors: z.array(name).optional(),
    ambiguousSuccessor: z.boolean().optional(),
    note: z.string().optional(),
    // The legal text that set the era or the name ("Nghị định 45/2025/NĐ-CP, Điều 9"): every dated fact has one.
    legalSource: z.string().optional(),
    // Another wording of the same body or group, counted under that entry's name in summaries ("UBND các huyện,
    // thị xã, thành phố" is "UBND cấp huyện"); the cell keeps its own reading.
    countAs: name.optional(),
    // In a plan issued centrally (the Government, a ministry) the bare name means every such body ("UBND cấp tỉnh"
    // in a Prime Minister's decision is every province's): read as this group there.
    inCentralPlan: name.optional(),
  })
  .strict()
  .refine((e) => !e.ambiguousSuccessor || (e.successors?.length ?? 0) >= 2, {
    message: "ambiguousSuccessor cần ít nhất hai cơ quan kế thừa",
  });

export const provinceSchema = z
  .object({
    name,
    aliases: z.array(name).default([]),
    city: z.boolean().default(false), // centrally-run city: "thành phố X" is then province level
    note: z.string().optional(),
  })
  .strict();

export const patternSchema = z
  .object({
    heads: z.array(name).min(1),
    display: name,
    kind: agencyKindSchema,
    level: agencyLevelSchema,
    validUntil: era.optional(),
    note: z.string().optional(),
    legalSource: z.string().optional(),
  })
  .strict();

/** Names read by their form when the directory does not list them (see docs/agencies.md, "By form"). */
export const formsSchema = z
  .object({
    note: z.string().optional(),
    bodyHeads: z.array(name).min(1),
    groupHeads: z.array(name).min(1),
    /** Words after a group that narrow it ("UBND các tỉnh, thành phố khác", "Các địa phương có đảo"): still a group. */
    groupQualifiers: z.array(name).default([]),
  })
  .strict();

export const directoryDataSchema = z
  .object({
    version: z.literal(1),
    about: z.string().optional(),
    forms: formsSchema,
    provinces: z.array(provinceSchema),
    patterns: z.array(patternSchema),
    agencies: z.array(dataEntrySchema).min(1),
  })
  .strict()
  .superRefine((data, ctx) => {
    // Every successor must itself be in the directory, or "successorsOf" would point at nothing.
    const names = new Set(data.agencies.map((a) => a.canonical));
    data.agencies.forEach((a, i) => {
      if (a.inCentralPlan && !names.has(a.inCentralPlan))
        ctx.addIssue({ code: "custom", path: ["agencies", i, "inCentralPlan"], message: `không có trong danh mục: ${a.inCentralPlan}` });
      if (a.countAs && !names.has(a.countAs))
        ctx.addIssue({ code: "custom", path: ["agencies", i, "countAs"], message: `không có trong danh mục: ${a.countAs}` });
      for (const s of a.successors ?? []) {
        if (!names.has(s)) ctx.addIssue({ code: "custom", path: ["agencies", i, "successors"], message: `không có trong danh mục: ${s}` });
      }
    });
  });

export type DirectoryData = z.infer<typeof directoryDataSchema>;
export type DataEntry = z.infer<typeof dataEntrySchema>;
export type ProvinceData = z.infer<typeof provinceSchema>;
export type PatternData = z.infer<typeof patternSchema>;
export type FormsData = z.infer<typeof formsSchema>;

export const userAgencyEntrySchema = z.object({
  canonical: name,
  aliases: z.array(name).default([]),
  kind: agencyKindSchema.optional(),
  level: agencyLevelSchema.optional(),
});
