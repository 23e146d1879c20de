/** Shared by the read tests: one plan-like task row (about 60 characters of task text, as real plans have). */
import type { CellValue } from "../../../src/core/workbook/model";

export const HEADER: CellValue[] = ["TT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"];

export function taskRow(i: number): CellValue[] {
  return [
    i + 1,
    `Nhiệm vụ số ${i + 1}: rà soát, đơn giản hoá thủ tục hành chính`,
    "Báo cáo",
    ["Sở Nội vụ", "Sở Tư pháp", "UBND các huyện"][i % 3] as string,
    "Các sở, ngành",
    `Quý ${(i % 4) + 1}/2021`,
  ];
}
