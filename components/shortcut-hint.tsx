import { useEffect, useState } from 'react';
import { openShortcutSettings, readShortcuts, type Shortcuts } from '../lib/settings/shortcuts';
import { Button } from './ui/button';
import { useT } from '../lib/store/panel-context';
import { logOnce } from '../lib/errors';

/** The keyboard shortcuts bound right now, read from the browser, with the way to change them. */
export function useShortcuts(): Shortcuts {
  const [keys, setKeys] = useState<Shortcuts>({});
  useEffect(() => {
    let live = true;
    void readShortcuts().then((k) => live && setKeys(k));
    return () => void (live = false);
  }, []);
  return keys;
}

/** One line under the main actions: the shortcuts, and a link to the browser's shortcut settings. */
export function ShortcutHint({ keys }: { keys: Shortcuts }) {
  const t = useT();
  const capture = keys['capture-order'];
  const fill = keys['fill-form'];
  return (
    <p className="small muted shortcuts">
      {capture || fill
        ? t('shortcutsNow', { capture: capture ?? t('shortcutNone'), fill: fill ?? t('shortcutNone') })
        : t('shortcutsUnset')}{' '}
      <Button
        variant="link"
        onClick={() =>
          void openShortcutSettings().catch((e: unknown) => logOnce('The shortcut settings could not be opened', e))
        }
      >
        {t('shortcutsChange')}
      </Button>
    </p>
  );
}
