// Keyboard-first helpers. Screens mark their search box with data-search-box and their main "new" button with
// data-create-button; the global shortcuts (/ or F3, Alt+N) find them in the DOM, so screens need no wiring.
export const SEARCH_BOX = 'data-search-box';
export const CREATE_BUTTON = 'data-create-button';

export function focusSearchBox(): boolean {
  const box = document.querySelector<HTMLInputElement>(`main [${SEARCH_BOX}]`);
  if (!box) return false;
  box.focus();
  box.select();
  return true;
}

export function clickCreateButton(): boolean {
  const button = document.querySelector<HTMLButtonElement>(`main [${CREATE_BUTTON}]:not(:disabled)`);
  if (!button) return false;
  button.click();
  return true;
}
