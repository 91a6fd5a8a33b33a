/**
 * The site's permission levels (SP.RoleDefinition, `_api/web/roledefinitions`) and its regional
 * time zone (SP.TimeZone, `_api/web/regionalsettings/timezone`), read-only, as npm run doctor reads
 * them. The levels are SharePoint's own plus the two custom ones the UCB lists use
 * (docs/emulator.md); the time zone is the emulator's `timeZone` option.
 */
import type { SpContext } from "./context";
import type { Entity } from "./odata";

/** SharePoint's default permission levels on a team site, and the two UCB custom levels. */
export const DEFAULT_ROLE_DEFINITIONS: readonly string[] = [
  "Full Control",
  "Design",
  "Edit",
  "Contribute",
  "Read",
  "Limited Access",
  "UCB Add only",
  "UCB Add and edit",
];

/** SharePoint's descriptions of the zones the emulator is likely to run in (SP.TimeZone). */
const ZONES: Readonly<Record<string, { id: number; description: string }>> = {
  "Europe/London": { id: 2, description: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London" },
  UTC: { id: 93, description: "(UTC) Coordinated Universal Time" },
  "Europe/Paris": { id: 3, description: "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris" },
  "America/New_York": { id: 10, description: "(UTC-05:00) Eastern Time (US and Canada)" },
};

export function roleDefinitionEntities(ctx: SpContext): Entity[] {
  return ctx.directory.roleDefinitions.map((name, i) => ({
    type: "SP.RoleDefinition",
    uri: `${ctx.apiBase}/Web/RoleDefinitions(${1073741824 + i})`,
    editLink: `Web/RoleDefinitions(${1073741824 + i})`,
    props: { Id: 1073741824 + i, Name: name, Hidden: name === "Limited Access", Order: i },
  }));
}

export function timeZoneEntity(ctx: SpContext): Entity {
  const zone = ZONES[ctx.timeZone] ?? { id: 0, description: `(${ctx.timeZone})` };
  return {
    type: "SP.TimeZone",
    uri: `${ctx.apiBase}/Web/RegionalSettings/TimeZone`,
    editLink: "Web/RegionalSettings/TimeZone",
    props: { Id: zone.id, Description: zone.description },
  };
}
