/**
 * The manifest's FunctionFile. There are no ribbon commands yet (both buttons open the task
 * pane), but Outlook loads this page, and it must initialise Office.js to be a valid one.
 */
import { officeReady } from "../office/ready";

void officeReady();
