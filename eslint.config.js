// ESLint flat config. The layering fences below are the architecture (DESIGN §2):
// taskpane → app → domain; graph, auth and office implement ports declared in app;
// only src/office touches the Office global; the emulator imports nothing from src/.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const NODE_BUILTINS = { regex: "^node:", message: "Browser code: no Node built-ins." };
const ANY_PACKAGE = (layer) => ({
  regex: "^(?!\\.{1,2}/)",
  message: `${layer} imports only its own modules and the layers below it.`,
});
const layer = (name, message) => ({ group: [`**/${name}`, `**/${name}/**`], message });
const UI_PACKAGES = {
  regex: "^(react|react-dom|@fluentui/)",
  message: "Only src/taskpane renders UI.",
};
const GRAPH_SDK = {
  regex: "^@microsoft/microsoft-graph",
  message: "Only src/graph talks to Microsoft Graph.",
};
const MSAL = { regex: "^@azure/msal", message: "Only src/auth signs people in." };

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "coverage/",
      ".data/",
      "test-results/",
      "assets/",
      "harness/public/vendor/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      eqeqeq: ["error", "always"],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // The Office global is reachable only through src/office (DESIGN §2).
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Use the Mailbox port; only src/office touches Office.js." },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "react-hooks/exhaustive-deps": "error",
    },
  },
  // ---- Fences --------------------------------------------------------------------------------
  {
    // src/domain is flat, so any "../" import leaves it.
    files: ["src/domain/**/*.ts"],
    ignores: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ANY_PACKAGE("src/domain"),
            {
              regex: "^\\.\\./",
              message: "src/domain imports nothing from outside itself.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/domain is pure." },
        { name: "window", message: "src/domain is pure." },
        { name: "document", message: "src/domain is pure." },
        { name: "navigator", message: "src/domain is pure." },
        { name: "localStorage", message: "src/domain is pure." },
        { name: "fetch", message: "src/domain is pure." },
        { name: "process", message: "src/domain is pure." },
      ],
    },
  },
  {
    files: ["src/domain/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^(?!\\./|vitest$)", message: "Domain tests use the domain and vitest only." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/config/**/*.ts"],
    ignores: ["src/config/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ANY_PACKAGE("src/config"),
            layer("app", "src/config stands alone (it may use domain types)."),
            layer("graph", "src/config stands alone."),
            layer("auth", "src/config stands alone."),
            layer("office", "src/config stands alone."),
            layer("taskpane", "src/config stands alone."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    ignores: ["src/app/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ANY_PACKAGE("src/app"),
            layer("graph", "src/app declares ports; src/graph implements them."),
            layer("auth", "src/app declares ports; src/auth implements them."),
            layer("office", "src/app declares ports; src/office implements them."),
            layer("pdf", "src/app declares ports; src/pdf implements LetterPrinter."),
            layer("taskpane", "src/app knows nothing of the UI."),
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Use the Mailbox port." },
        { name: "window", message: "src/app is UI-free." },
        { name: "document", message: "src/app is UI-free." },
        { name: "localStorage", message: "src/app is UI-free." },
      ],
    },
  },
  {
    files: ["src/graph/**/*.ts"],
    ignores: ["src/graph/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_BUILTINS,
            UI_PACKAGES,
            MSAL,
            layer("auth", "src/graph receives an AuthenticationProvider; it never imports auth."),
            layer("office", "src/graph does not touch Outlook."),
            layer("taskpane", "src/graph knows nothing of the UI."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/auth/**/*.ts"],
    ignores: ["src/auth/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_BUILTINS,
            UI_PACKAGES,
            GRAPH_SDK,
            layer("graph", "src/auth hands out tokens; it does not call Graph."),
            layer("taskpane", "src/auth knows nothing of the UI."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/office/**/*.ts"],
    ignores: ["src/office/**/*.test.ts"],
    rules: {
      "no-restricted-globals": "off",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_BUILTINS,
            UI_PACKAGES,
            GRAPH_SDK,
            MSAL,
            layer("graph", "src/office only adapts Office.js."),
            layer("auth", "src/office only adapts Office.js."),
            layer("taskpane", "src/office knows nothing of the UI."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/office/**/*.test.ts"],
    rules: { "no-restricted-globals": "off" },
  },
  {
    // src/pdf lays printed letters out (the LetterPrinter port) with pdf-lib, and nothing else.
    files: ["src/pdf/**/*.ts"],
    ignores: ["src/pdf/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_BUILTINS,
            UI_PACKAGES,
            GRAPH_SDK,
            MSAL,
            layer("graph", "src/pdf only prints letters."),
            layer("auth", "src/pdf only prints letters."),
            layer("office", "src/pdf only prints letters."),
            layer("taskpane", "src/pdf knows nothing of the UI."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/main.tsx", "src/taskpane/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_BUILTINS,
            GRAPH_SDK,
            MSAL,
            layer("graph", "Views use app use cases; only main.tsx wires src/graph."),
            layer("auth", "Views use app use cases; only main.tsx wires src/auth."),
            layer("office", "Views use the Mailbox port; only main.tsx wires src/office."),
            layer("pdf", "Views use the LetterPrinter port; only main.tsx wires src/pdf."),
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/main.tsx"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [NODE_BUILTINS] }],
    },
  },
  {
    // The event runtime (launchevent.js): classic Outlook on Windows runs it in a JavaScript-only
    // runtime, one file with no DOM, so no UI library and no page globals.
    files: ["src/launchevent/**/*.ts"],
    ignores: ["src/launchevent/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            NODE_BUILTINS,
            { ...UI_PACKAGES, message: "The event runtime has no DOM: no UI library." },
            layer("taskpane", "The event runtime has no task pane."),
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "Use src/office's event runtime adapter (launchEvents.ts)." },
        { name: "window", message: "The JavaScript-only runtime has no window." },
        { name: "document", message: "The JavaScript-only runtime has no DOM." },
        { name: "localStorage", message: "The JavaScript-only runtime has no storage." },
        { name: "sessionStorage", message: "The JavaScript-only runtime has no storage." },
      ],
    },
  },
  {
    files: ["emulator/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/src/**", "**/src"],
              message: "The emulator is an independent fake of Graph: nothing from src/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The harness plays Outlook, so its Office.js stand-in defines the Office global.
    files: ["harness/**/*.ts", "test/**/*.ts", "scripts/**/*.ts"],
    rules: { "no-restricted-globals": "off", "no-console": "off" },
  },
);
