/**
 * Cell text as an XLSX file stores it with its `_xHHHH_` escapes read (ECMA-376 ST_Xstring):
 * Excel writes a carriage return as `_x000D_` (an XML reader would turn a raw one into a line
 * feed) and a literal `_x000D_` as `_x005F_x000D_`. One pass, left to right, so an escaped
 * underscore is never read again. Upper-case hex digits only, as ExcelJS reads the shared
 * strings on the page: both paths read the same text.
 */
export function unescapeXlsxText(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
