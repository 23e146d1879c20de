import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectHost } from "./host";

// Injected by webpack's DefinePlugin; the fallback keeps the module loadable outside webpack (tests).
declare const __PHULUC_VERSION__: string | undefined;
const version = typeof __PHULUC_VERSION__ === "string" ? __PHULUC_VERSION__ : "0.0.0";

// office.js is a classic <script> in the page head; when the CDN is unreachable the global is simply absent.
const office = (globalThis as { Office?: typeof Office }).Office;
const detect = () => detectHost(office);

const container = document.getElementById("root");
if (container) {
  // Rendering replaces the static "needs a newer Excel" message that taskpane.html shows to hosts that cannot
  // run this bundle. TODO: follow the Office theme (Office.context.officeTheme) instead of the fixed light theme.
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App detect={detect} requestedLang={new URLSearchParams(window.location.search).get("lang")} version={version} />
    </FluentProvider>,
  );
}
