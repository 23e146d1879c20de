// First: no schema may be built before zod is told not to use eval (see no-eval.ts).
import "./no-eval";
import { createRoot } from "react-dom/client";
import * as actions from "./actions";
import { Root } from "./components/Root";
import { detectHost } from "./host";

// office.js is a classic <script> in the page head; when the CDN is unreachable the global is simply absent.
const office = (globalThis as { Office?: typeof Office }).Office;
const detect = () => detectHost(office);

const container = document.getElementById("root");
if (container) {
  // Rendering replaces the static "needs a newer Excel" message that taskpane.html shows to hosts that cannot
  // run this bundle.
  createRoot(container).render(
    <Root detect={detect} office={office} requestedLang={new URLSearchParams(window.location.search).get("lang")} actions={actions} />,
  );
}
