const NOT_A_VALUE = new Set([
  'hidden',
  'checkbox',
  'radio',
  'submit',
  'button',
  'image',
  'file',
  'reset',
  'range',
  'color',
]);
const SENSITIVE_NAME = /cvv|cvc|cvn|(?:^|[^a-z])pin(?:[^a-z]|$)|track|passw|pwd|passcode/i;

export type ControlValue = { value: string; readOnly: boolean } | 'sensitive' | null;

/** Whether a form control holds card-security data or a password, which is never read. */
export function isSensitiveControl(el: Element): boolean {
  if (el.localName === 'input' && (el.getAttribute('type') ?? '').toLowerCase() === 'password') return true;
  const auto = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  // "new-password" is what widget libraries put on any box to keep the browser's autofill away (antd's
  // select); only a password box or "current-password" holds a password.
  if (auto.includes('cc-csc') || auto.includes('current-password')) return true;
  return SENSITIVE_NAME.test(`${el.getAttribute('name') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** The value a form control shows (a select's chosen option text), or null for controls that show none. */
export function readControl(el: Element): ControlValue {
  if (isSensitiveControl(el)) return 'sensitive';
  const readOnly =
    el.hasAttribute('readonly') || el.hasAttribute('disabled') || el.getAttribute('aria-readonly') === 'true';
  switch (el.localName) {
    case 'input': {
      if (NOT_A_VALUE.has((el.getAttribute('type') ?? 'text').toLowerCase())) return null;
      return { value: (el as HTMLInputElement).value, readOnly };
    }
    case 'textarea':
      return { value: (el as HTMLTextAreaElement).value, readOnly };
    case 'select': {
      const select = el as HTMLSelectElement;
      const option = select.selectedOptions?.[0] ?? select.options?.[select.selectedIndex];
      return { value: option?.text ?? select.value, readOnly };
    }
    default:
      return null;
  }
}
