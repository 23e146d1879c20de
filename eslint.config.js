// ESLint 9 flat config for `npm run lint` (eslint src sim test).
// - Everything: ESLint's recommended rules; TypeScript files: typescript-eslint's recommended rules, plus the
//   type-aware rules that catch promises nobody waits for (see TYPE_AWARE_RULES). Type information comes from the
//   project service (the nearest tsconfig.json), so one program serves every file.
// - The rooms' boundaries (see BOUNDARIES): src/core is pure TypeScript and imports none of the other rooms, no
//   DOM, no office.js, no ExcelJS; nothing under src imports test code or the simulated Excel (sim/), except the
//   browser preview, whose whole job is to show the pane beside that simulation. test/unit/lint proves these fire.
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
// The simulated Excel and the preview stand in for office.js in a browser; they see the same globals.
const BROWSER_CODE = [...OFFICE_CODE, "src/preview/**", "sim/**"];
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

// A promise nobody awaits loses its failure (an Excel error becomes an unhandled rejection instead of a message),
// and a promise handed to a place that expects a plain value (an onClick, a forEach, an if) is never waited for.
const TYPE_AWARE_RULES = {
  "@typescript-eslint/no-floating-promises": "error",
  "@typescript-eslint/no-misused-promises": "error",
  "@typescript-eslint/await-thenable": "error",
};

// ---- Boundaries ------------------------------------------------------------------------------------------------
// Import paths are matched as written. Relative paths are matched by the folder names they climb into: the core has
// no folders of its own named like the other rooms, so "../excel/…" from src/core can only mean src/excel.
const OTHER_ROOMS = "(cli|excel|taskpane|preview|commands)";
const CORE_MESSAGE =
  "src/core là TypeScript thuần: không dùng cli, excel, taskpane, preview, DOM, office.js hay ExcelJS. / " +
  "src/core is pure TypeScript: it imports nothing of cli, excel, taskpane, preview, DOM, office.js or ExcelJS.";
const TEST_MESSAGE =
  "Mã trong src không được dùng mã kiểm thử (test/) hay Excel mô phỏng (sim/). / " +
  "Code under src must not import test code (test/) or the simulated Excel (sim/).";

// Paths into test/ or sim/ from anywhere under src (src/x/…: "../../test/…", "../../../sim/…").
const TEST_OR_SIM_PATTERNS = [{ regex: "^(\\.\\./)+(test|sim)(/|$)", message: TEST_MESSAGE }];
// The preview runs the pane against the simulation, so it may reach into sim/, never into test/.
const TEST_PATTERNS = [{ regex: "^(\\.\\./)+test(/|$)", message: TEST_MESSAGE }];
const CORE_PATTERNS = [
  { regex: `^(\\.\\./)+${OTHER_ROOMS}(/|$)`, message: CORE_MESSAGE },
  { regex: "^(exceljs|jszip|react|react-dom|office-js|@microsoft/office-js|office-addin-mock)(/|$)", message: CORE_MESSAGE },
  { regex: "^@fluentui(/|$)", message: CORE_MESSAGE },
  // Node's own modules ("fs", "node:path"…) would break the browser bundle the core is part of.
  { regex: `^(node:|(${nodeBuiltins().join("|")})(/|$))`, message: CORE_MESSAGE },
];

function nodeBuiltins() {
  // Plain names only ("fs", not "fs/promises": the pattern's "(/|$)" covers subpaths), none needing escapes.
  return require("module").builtinModules.filter((name) => /^[a-z][a-z0-9_]*$/.test(name));
}

// The browser and Office globals the core must not touch (its tsconfig has no DOM types either: tsconfig.core.json).
const CORE_FORBIDDEN_GLOBALS = [
  "window",
  "document",
  "navigator",
  "localStorage",
  "sessionStorage",
  "fetch",
  "XMLHttpRequest",
  "Excel",
  "Office",
  "OfficeExtension",
  "OfficeRuntime",
].map((name) => ({ name, message: CORE_MESSAGE }));

function restrictedImports(patterns, paths = []) {
  // The typescript-eslint version also sees `import type`, which the core must not use to lean on office.js either.
  return {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": ["error", { paths, patterns }],
  };
}

module.exports = tseslint.config(
  { ignores: ["dist/**", "coverage/**", "test-results/**", "node_modules/**"] },
  { files: ["**/*.{js,cjs,mjs,ts,tsx,mts,cts}"], ...js.configs.recommended },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      // Unused arguments named _x are intentional (callbacks with a fixed signature).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      ...TYPE_AWARE_RULES,
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
    files: BROWSER_CODE,
    // Office and Excel are the globals office.js defines (typed by @types/office-js).
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" } },
  },
  {
    files: OFFICE_CODE,
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  // Later blocks win for the same rule, so the narrowest room comes last.
  // The plugin is named here too so that the rule also applies to the few .js files under src.
  { files: ["src/**"], plugins: { "@typescript-eslint": tseslint.plugin }, rules: restrictedImports(TEST_OR_SIM_PATTERNS) },
  { files: ["src/preview/**"], rules: restrictedImports(TEST_PATTERNS) },
  {
    files: ["src/core/**"],
    rules: {
      ...restrictedImports([...TEST_OR_SIM_PATTERNS, ...CORE_PATTERNS]),
      "no-restricted-globals": ["error", ...CORE_FORBIDDEN_GLOBALS],
    },
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
