/** SharePoint keeps times in UTC to the second: "2026-03-02T11:39:51Z". */
export function toSharePointTime(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export const nowSharePointTime = (): string => toSharePointTime(new Date());
