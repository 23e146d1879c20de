/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  // One run covers the engine, the CLI, the Excel adapter and the browser end-to-end tests.
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/unit/**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper: {
        // office-addin-mock requires office-addin-manifest, whose package entry does not load under jest.
        "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
      },
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
