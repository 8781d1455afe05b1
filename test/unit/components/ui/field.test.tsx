import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckGroup, SelectField, TextAreaField, TextField } from '../../../../components/ui/field';

afterEach(cleanup);

const describedBy = (el: HTMLElement) => el.getAttribute('aria-describedby');

describe('TextField and TextAreaField', () => {
  it.each([
    ['an input', TextField, 'textbox'],
    ['a textarea', TextAreaField, 'textbox'],
  ] as const)('name %s by its label and tie its error and hint to it', (_, Control, role) => {
    render(<Control id="f" label="Zone" hint="An IANA zone" error="Not a zone" value="" onChange={() => undefined} />);
    const control = screen.getByRole(role, { name: 'Zone' });
    expect(control.id).toBe('f');
    expect(control.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(control)).toBe('f-error f-hint');
    expect(screen.getByRole('alert').textContent).toBe('Not a zone');
    expect(document.getElementById('f-hint')?.textContent).toBe('An IANA zone');
  });

  it.each([
    ['no hint and no error', {}, null, null],
    ['a hint only', { hint: 'Help' }, null, 'f-hint'],
    ['an outside description', { 'aria-describedby': 'shared-help' }, null, 'shared-help'],
    [
      'an error and an outside description',
      { error: 'Wrong', 'aria-describedby': 'shared-help' },
      'true',
      'f-error shared-help',
    ],
    ['an empty error', { error: '' }, null, null],
  ])('with %s, marks the control as it should', (_, extra, invalid, ids) => {
    render(<TextField id="f" label="Name" value="" onChange={() => undefined} {...extra} />);
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input.getAttribute('aria-invalid')).toBe(invalid);
    expect(describedBy(input)).toBe(ids);
  });

  it('keeps the error quiet when a summary announces it, still at the field', () => {
    render(<TextField id="f" label="Name" error="Required" announce={false} value="" onChange={() => undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.getElementById('f-error')?.textContent).toBe('Required');
  });

  it('lets the caller mark the control invalid when the message is shown elsewhere', () => {
    render(<TextField id="f" label="Name" aria-invalid value="" onChange={() => undefined} />);
    expect(screen.getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
  });

  it('gives the typed text to onChange', () => {
    const onChange = vi.fn();
    render(<TextField id="f" label="Name" value="" onChange={onChange} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Li Lei' } });
    expect(onChange).toHaveBeenCalledWith('Li Lei');
  });
});

describe('SelectField', () => {
  const CHOICES = ['ymd', 'dmy'] as const;
  const words = (c: (typeof CHOICES)[number]) => c.toUpperCase();
  /** The "Order" select at ymd, with what a test changes. */
  const renderSelect = (props: { empty?: string; error?: string; onChange?: (value: string) => void }) =>
    render(
      <SelectField
        id="s"
        label="Order"
        value="ymd"
        choices={CHOICES}
        words={words}
        empty={props.empty}
        error={props.error}
        onChange={props.onChange ?? (() => undefined)}
      />,
    );

  it.each([
    ['a choice', 'dmy', 'dmy'],
    ['the empty choice', '', ''],
  ])('gives %s to onChange', (_, picked, expected) => {
    const onChange = vi.fn();
    renderSelect({ empty: 'Not set', onChange });
    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: picked } });
    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it.each([
    ['with an empty choice', 'Not set', ['Not set', 'YMD', 'DMY']],
    ['without one', undefined, ['YMD', 'DMY']],
  ])('lists the choices in words %s', (_, empty, shown) => {
    renderSelect({ empty });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(shown);
  });

  it('ties its error to the select', () => {
    renderSelect({ error: 'Bad' });
    const select = screen.getByRole('combobox', { name: 'Order' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(select)).toBe('s-error');
  });
});

describe('CheckGroup', () => {
  const CHOICES = ['a', 'b', 'c'] as const;

  it.each([
    ['adds a value in the order of the choices', ['c'], 'a', true, ['a', 'c']],
    ['removes a value', ['a', 'c'], 'c', false, ['a']],
  ] as const)('%s', (_, selected, clicked, on, expected) => {
    const onChange = vi.fn();
    render(
      <CheckGroup
        id="g"
        label="Letters"
        selected={selected}
        choices={CHOICES}
        words={(c) => c.toUpperCase()}
        onChange={onChange}
      />,
    );
    const box = screen.getByRole('checkbox', { name: clicked.toUpperCase() });
    expect((box as HTMLInputElement).checked).toBe(!on);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(expected);
  });

  it('describes the group by its error and marks each box invalid', () => {
    render(
      <CheckGroup
        id="g"
        label="Letters"
        error="Pick one"
        announce={false}
        selected={[]}
        choices={CHOICES}
        words={(c) => c}
        onChange={() => undefined}
      />,
    );
    expect(describedBy(screen.getByRole('group', { name: 'Letters' }))).toBe('g-error');
    expect(screen.getAllByRole('checkbox').every((box) => box.getAttribute('aria-invalid') === 'true')).toBe(true);
  });
});
