import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { I18nProvider } from "./i18n";
import { takeCodeFromAddress } from "./ticket";
import "./visitor.css";

// Her card's link carries her code in the fragment: read it, and take it out of the address at once.
takeCodeFromAddress();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
