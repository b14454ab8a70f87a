// The bell and the notifications page are far apart in the tree; after the page marks something
// read it says so with this window event, and the bell recounts at once instead of within 60 s.
const CHANGED = 'tandem:notifications-changed';

export function announceNotificationsChanged(): void {
  window.dispatchEvent(new Event(CHANGED));
}

export function onNotificationsChanged(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}
