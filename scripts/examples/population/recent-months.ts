/** The last three months paid before the export's `asOf` (2026-10-31). */
export const recentMonths = ["2026-08", "2026-09", "2026-10"] as const;
