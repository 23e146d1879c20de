// ESLint 9 flat config for `npm run lint` (eslint src test).
// - Everything: ESLint's recommended rules; TypeScript files: typescript-eslint's recommended rules.
// - Code that runs inside Office (src/taskpane, src/excel, src/commands): the Office add-in rules from
//   eslint-plugin-office-addins (load before read, sync after load, no context.sync in loops…) and browser globals.
// - .tsx: eslint-plugin-react's recommended rules for the automatic JSX runtime (React 19), when installed.
// The plugin's own "recommended" preset is not used as a whole: it switches on Prettier formatting as an error and
// applies to every file, which would fail the engine's and CLI's code on formatting alone. Only its rules are used.
"use strict";

const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const globals = require("globals");
const officeAddins = require("eslint-plugin-office-addins");

// eslint-plugin-react arrives with eslint-plugin-office-addins; not a direct dependency, so treat it as optional.
let react = null;
try {
  react = require("eslint-plugin-react");
} catch {
  react = null;
}

const TS = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const OFFICE_CODE = ["src/taskpane/**", "src/excel/**", "src/commands/**"];
const NODE_CODE = ["src/core/**", "src/cli/**", "test/**", "scripts/**", "bench/**", "bin/**", "*.js"];

// The plugin's recommended levels, for its own rules only.
const officeAddinsRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

module.exports = tseslint.config(
  { ignores: ["dist/**", "coverage/**", "test-results/**", "node_modules/**"] },
  { files: ["**/*.{js,cjs,mjs,ts,tsx,mts,cts}"], ...js.configs.recommended },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS })),
  {
    // Unused arguments named _x are intentional (callbacks with a fixed signature).
    files: TS,
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: NODE_CODE,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**"],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: OFFICE_CODE,
    plugins: { "office-addins": officeAddins },
    // Office and Excel are the globals office.js defines (typed by @types/office-js).
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" } },
    rules: officeAddinsRules,
  },
  ...(react
    ? [
        {
          files: ["**/*.tsx", "**/*.jsx"],
          ...react.configs.flat.recommended,
          settings: { react: { version: "detect" } },
        },
        { files: ["**/*.tsx", "**/*.jsx"], ...react.configs.flat["jsx-runtime"] },
        // Props are checked by TypeScript; runtime propTypes would only repeat the types.
        { files: ["**/*.tsx"], rules: { "react/prop-types": "off" } },
      ]
    : []),
);
