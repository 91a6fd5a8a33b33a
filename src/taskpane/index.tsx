/**
 * Bootstrap: read config.js, then show the pane. Until the pane is built on top of this, it
 * shows "Loading…", or the configuration problem in words.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { configProblemText, readAppConfig } from "../config";

function Bootstrap() {
  const config = readAppConfig();
  if (!config.ok) {
    const text = configProblemText(config.error);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.summary}</MessageBarTitle>
          <div>{text.detail}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <Spinner label="Loading…" />;
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Bootstrap />
    </FluentProvider>,
  );
}
