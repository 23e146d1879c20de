// preview.html: the real task pane beside a grid of the simulated workbook, for machines without Excel
// (`npm start` prints its address) and for the browser end-to-end test (test/e2e).
import { createRoot } from "react-dom/client";
import { pickLang } from "../taskpane/i18n";
import type { Seed } from "./load-xlsx";
import { PreviewApp } from "./PreviewApp";

// The seed workbooks webpack copied next to the page (see webpack.config.js).
declare const __PHULUC_SEEDS__: Seed[] | undefined;
const seeds: Seed[] = typeof __PHULUC_SEEDS__ !== "undefined" ? __PHULUC_SEEDS__ : [];

const params = new URLSearchParams(window.location.search);
const container = document.getElementById("preview");
if (container) {
  createRoot(container).render(
    <PreviewApp
      seeds={seeds}
      options={{
        seed: params.get("seed"),
        lang: pickLang(params.get("lang") ?? "vi"),
        theme: params.get("theme") === "dark" ? "dark" : "light",
        api: params.get("api"),
      }}
    />,
  );
}
