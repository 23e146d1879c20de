/**
 * Text typed in the legacy TCVN3 (".VnTime") or VNI encodings and read as Unicode looks like "Së Néi vô" or
 * "Sôû Noäi vuï". Such cells must be reported once as an encoding problem, not as dozens of unknown agencies.
 *
 * Both encodings put Vietnamese letters on Latin-1 code points that Vietnamese Unicode text never uses
 * (ë, ä, ï, ö, ü, û, ø, ñ, ®, ¬, ¸, µ …). Real Unicode Vietnamese, in turn, is full of letters outside
 * Latin-1 (ă, đ, ơ, ư and the precomposed ạ…ỹ). Counting the two tells them apart.
 */

// Latin-1 characters that TCVN3/VNI use for Vietnamese letters and that Vietnamese Unicode text does not contain.
const LEGACY_ONLY = /[¡¢£¤¥¦§¨©ª«¬\u00ad®¯µ¶¸¹»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ]/gu;
// Letters only Unicode Vietnamese has.
const UNICODE_VIETNAMESE = /[ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9]/gu;

export function looksLegacyEncoded(text: string): boolean {
  const legacy = text.match(LEGACY_ONLY)?.length ?? 0;
  if (legacy === 0) return false;
  const unicode = text.normalize("NFC").match(UNICODE_VIETNAMESE)?.length ?? 0;
  // One stray "ë" in a long Unicode text is a foreign name; in a short text with no Vietnamese letter it is TCVN3.
  if (unicode === 0) return legacy >= 2 || text.replace(/\s/g, "").length <= 40;
  return legacy > unicode;
}
