/// <reference types="office-js" />
/**
 * The ribbon's function file (manifest <FunctionFile>, commands.html).
 * The only ribbon button opens the task pane (a ShowTaskpane action), so
 * no ExecuteFunction commands are registered yet; Office still loads this
 * page and expects it to call Office.onReady. Add functions here with
 * `Office.actions.associate(id, handler)` when the ribbon gains buttons
 * that run code without the pane.
 */

export function initCommands(office: Pick<typeof Office, 'onReady'> | undefined): Promise<boolean> {
  if (!office) return Promise.resolve(false);
  return office.onReady().then(() => true);
}

void initCommands(typeof Office === 'undefined' ? undefined : Office);
