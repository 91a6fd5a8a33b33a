/**
 * The built-in columns GET …/columns shows beside the list's own, with SharePoint's well-known
 * field ids. They are read-only; the emulator stores their values in the item table itself.
 */
const common = {
  columnGroup: "Custom Columns",
  description: "",
  enforceUniqueValues: false,
  hidden: false,
  readOnly: true,
  required: false,
};

export const SYSTEM_COLUMNS: readonly Readonly<Record<string, unknown>>[] = [
  {
    ...common,
    displayName: "ID",
    id: "1d22ea11-1e32-424e-89ab-9fedbadb6ce1",
    indexed: true,
    name: "ID",
    number: { decimalPlaces: "none", displayAs: "number" },
  },
  {
    ...common,
    displayName: "Modified",
    id: "28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f",
    indexed: true,
    name: "Modified",
    dateTime: { displayAs: "default", format: "dateTime" },
  },
  {
    ...common,
    displayName: "Created",
    id: "8c06beca-0777-48f7-91c7-6da68bc07b69",
    indexed: true,
    name: "Created",
    dateTime: { displayAs: "default", format: "dateTime" },
  },
  {
    ...common,
    displayName: "Created By",
    id: "1df5e554-ec7e-46a6-901d-d85a3881cb18",
    indexed: true,
    name: "Author",
    personOrGroup: {
      allowMultipleSelection: false,
      chooseFromType: "peopleOnly",
      displayAs: "nameWithPresence",
    },
  },
  {
    ...common,
    displayName: "Modified By",
    id: "d31655d1-1d5b-4511-95a1-7a09e9b75bf2",
    indexed: false,
    name: "Editor",
    personOrGroup: {
      allowMultipleSelection: false,
      chooseFromType: "peopleOnly",
      displayAs: "nameWithPresence",
    },
  },
  {
    ...common,
    displayName: "Attachments",
    id: "67df98f4-9dec-48ff-a553-29bece9c5bf4",
    indexed: false,
    name: "Attachments",
    boolean: {},
  },
];
