/**
 * What neither Graph v1.0 nor the command's SharePoint REST calls set up, as the exact steps an
 * administrator takes in SharePoint: list permissions (broken inheritance, groups, two custom
 * permission levels), the time zone and versioning. Printed by `npm run provision`, which makes
 * the views and column formatting itself (views/provision-views.ts).
 */
import type { ListName } from "../app/ports";
import { listTitles, type ListTitles } from "./schema";

export const GROUPS = ["UCB Staff", "UCB Managers", "UCB Helpdesk", "UCB Owners"] as const;
type Group = (typeof GROUPS)[number];

/** Permission levels: SharePoint's own, and two custom ones the add-in's model needs. */
export const LEVELS = {
  read: "Read",
  add: "UCB Add only",
  edit: "UCB Add and edit",
  contribute: "Contribute",
  fullControl: "Full Control",
} as const;
type Level = keyof typeof LEVELS;

/**
 * The site-wide grants, as docs/admin-setup.md step 7.1 says: Read is enough to find the site
 * and its lists; each list then breaks inheritance (below) and grants more.
 */
export const SITE_PERMISSIONS: Readonly<Record<Group, Level>> = {
  "UCB Staff": "read",
  "UCB Managers": "read",
  "UCB Helpdesk": "read",
  "UCB Owners": "fullControl",
};

/** Who may do what on each list (DESIGN §3; the emulator models the same table). */
export const LIST_PERMISSIONS: Readonly<Record<ListName, Readonly<Partial<Record<Group, Level>>>>> =
  {
    // Need to know (docs/decisions.md): every stage, reasons and grounds: deciding roles only.
    register: {
      "UCB Managers": "edit",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    addresses: {
      "UCB Managers": "edit",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    contacts: {
      "UCB Staff": "add",
      "UCB Managers": "add",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    caseFiles: {
      "UCB Managers": "edit",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    caseEvents: {
      "UCB Managers": "add",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    // Like UCB Addresses: every case's names, so managers only (staff search the copy below).
    nameIndex: {
      "UCB Managers": "edit",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    // The frontline copies: staff read them; a manager's change to a case adds, changes or
    // removes its items, so managers delete here (a copy: UCB Register keeps the record).
    inForce: {
      "UCB Staff": "read",
      "UCB Managers": "contribute",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
    inForceAddresses: {
      "UCB Staff": "read",
      "UCB Managers": "contribute",
      "UCB Helpdesk": "contribute",
      "UCB Owners": "fullControl",
    },
  };

/** The steps, as numbered plain text for a terminal or a ticket. */
export function adminSteps(siteUrl: string, titles: ListTitles = listTitles()): string {
  const lines: string[] = [];
  const say = (line = "") => lines.push(line);
  lines.push(
    "What the command does not do: finish these steps in SharePoint as a site owner.",
    `Site: ${siteUrl}`,
    "",
    "1. Permission levels. Site settings (gear) > Site permissions > Advanced permissions settings >",
    "   Permission Levels > Add a Permission Level:",
    `   a. "${LEVELS.add}": List Permissions: Add Items, View Items, Open Items, View Application`,
    "      Pages. Site Permissions: Browse User Information, Use Remote Interfaces, Open. Nothing else.",
    `   b. "${LEVELS.edit}": as "${LEVELS.add}" plus Edit Items and View Versions (not Delete Items).`,
    "   Use Remote Interfaces is what lets the add-in reach the lists through Microsoft Graph.",
    "",
    "2. Groups. Advanced permissions settings > Create Group, once for each group, with this",
    '   permission on the site ("Give group permission to this site"):',
    `   ${GROUPS.map((g) => `${g}: ${LEVELS[SITE_PERMISSIONS[g]]}`).join("; ")}.`,
    "   Members (people or Entra ID security groups): every add-in user in UCB Staff; service",
    "   managers and the deciding roles in UCB Managers; the city helpdesk manager in UCB Helpdesk",
    "   (and in the other two); site administrators in UCB Owners.",
    "",
  );
  say("3. List permissions. For each list: open the list > Settings (gear) > List settings >");
  say(
    "   Permissions for this list > Stop Inheriting Permissions. Select every group that is not in",
  );
  say(
    "   the table and Remove User Permissions; then Grant Permissions to each group with its level:",
  );
  for (const list of Object.keys(LIST_PERMISSIONS) as ListName[]) {
    const grants = GROUPS.map((g) => {
      const level = LIST_PERMISSIONS[list][g];
      return `${g}: ${level ? LEVELS[level] : "no access"}`;
    });
    say(`   - ${titles[list]}: ${grants.join("; ")}.`);
  }
  say("   Do not use item-level permissions: they do not scale, and the lists are the boundary.");
  say();
  say(
    "4. Time zone (docs/admin-setup.md step 5.3). Site settings > Regional settings > Time zone:",
  );
  say("   (UTC+00:00) Dublin, Edinburgh, Lisbon, London. SharePoint keeps date-only columns at");
  say(
    "   midnight in this zone, the views' Today follows it, and the add-in reads them as London dates.",
  );
  say();
  say("5. Versioning. For each list: List settings > Versioning settings > Create a version each");
  say(
    "   time you edit an item: Yes. (UCB Register and UCB Case Files keep their history this way.)",
  );
  say();
  say(
    "6. Only if the add-in's registration has Sites.Selected (step 3, option A): grant it write on",
  );
  say("   this site, as a SharePoint Administrator (docs/admin-setup.md step 8):");
  say(
    `   npm run grant-site -- --tenant <tenant id> --client-id <add-in client id> --admin-client-id <granting registration> --site ${siteUrl}`,
  );
  say(
    "   Sites.Manage.All belongs to this command's registration (UCB provisioning), never to the",
  );
  say(
    "   add-in's; with Sites.Selected on this one, grant it manage the same way (--role manage).",
  );
  say();
  say("7. Then check everything: npm run doctor (docs/admin-setup.md step 11).");
  return lines.join("\n");
}
