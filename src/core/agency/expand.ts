import { foldKey } from "../text/normalize";

/**
 * Shared-prefix lists: "Các sở: Tư pháp, Tài nguyên và MT" names Sở Tư pháp and Sở Tài nguyên và Môi
 * trường; "Các sở, ngành: …, Bảo hiểm xã hội" mixes departments with other bodies; "Các đơn vị: Tư pháp, …;
 * Văn phòng UBND tỉnh" does not even say "Sở". The words before the colon (the list head) tell which office
 * word to put before each item; an item that is a full name on its own stays as it is.
 */

export interface ListHead {
  /** Written head, for messages. */
  readonly text: string;
  /** Ways to complete an item into a full name, best first: "Sở {}", "{} tỉnh", "{}". */
  readonly forms: readonly string[];
  /** When only one office word fits, an unknown item is still named with it ("Sở Ngoại thương"). */
  readonly office?: string;
}

export type HeadKind = { kind: "list"; head: ListHead } | { kind: "label" } | { kind: "other" };

// "Cơ quan chủ trì:", "Phối hợp:", "Đơn vị thực hiện:", "Gồm:" introduce the agencies without naming any.
const LABEL = /\b(chu tri|phoi hop|thuc hien|tham muu|theo doi|gom|bao gom|trach nhiem)\b/;

export function classifyHead(head: string): HeadKind {
  const k = foldKey(head);
  if (k === "") return { kind: "label" };
  if (LABEL.test(k)) return { kind: "label" };
  const words = new Set(k.split(" "));
  const isList = words.has("cac") || k === "so" || k === "bo" || k === "phong" || k === "so nganh" || k === "bo nganh";
  if (!isList) return { kind: "other" };
  const ubnd = words.has("ubnd") || k.includes("uy ban nhan dan");
  if (ubnd) {
    const office = words.has("phuong") ? "UBND phường" : words.has("xa") ? "UBND xã" : words.has("huyen") ? "UBND huyện" : undefined;
    if (office) return { kind: "list", head: { text: head, forms: ["{}", `${office} {}`], office } };
    return { kind: "other" };
  }
  if (words.has("so")) return { kind: "list", head: { text: head, forms: ["{}", "Sở {}", "{} tỉnh"], office: "Sở" } };
  if (words.has("phong")) return { kind: "list", head: { text: head, forms: ["{}", "Phòng {}"], office: "Phòng" } };
  if (words.has("bo")) return { kind: "list", head: { text: head, forms: ["{}", "Bộ {}"], office: "Bộ" } };
  // A ministry's own departments: "các Cục: Quản lý chất lượng, Kinh tế", "các Vụ: Pháp chế, Tổ chức cán bộ".
  if (words.has("cuc") && !words.has("chi")) return { kind: "list", head: { text: head, forms: ["{}", "Cục {}"], office: "Cục" } };
  if (words.has("vu")) return { kind: "list", head: { text: head, forms: ["{}", "Vụ {}"], office: "Vụ" } };
  if (words.has("don") || words.has("co") || words.has("nganh") || words.has("dia")) {
    return { kind: "list", head: { text: head, forms: ["{}", "Sở {}", "{} tỉnh", "Phòng {}", "Bộ {}"] } };
  }
  return { kind: "other" };
}

/** The names to try for an item under a list head. */
export function completions(head: ListHead, item: string): string[] {
  return head.forms.map((f) => f.replace("{}", item));
}

/** How an unknown item under a list head is named: with the one office word that fits, if there is one. */
export function unknownName(head: ListHead, item: string): string {
  if (!head.office) return item;
  if (foldKey(item).startsWith(foldKey(head.office) + " ")) return item;
  return `${head.office} ${item}`;
}
