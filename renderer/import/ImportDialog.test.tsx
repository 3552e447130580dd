// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../shared/host/api';
import { MEASURE_VALUE_FIELDS, buildMeasureValuesImport } from '../../shared/import';
import { ImportDialog } from './ImportDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const measures = [{ id: 'm1', name: 'All Crime' }];

function hostWith(csv: string): HostApi {
  return { kind: 'browser', openFile: () => Promise.resolve({ name: 'values.csv', data: new TextEncoder().encode(csv) }) } as unknown as HostApi;
}

async function open(csv: string) {
  window.panelwright = hostWith(csv);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const onAccept = vi.fn(() => Promise.resolve());
  const onClose = vi.fn();
  await act(async () => {
    root.render(
      <ImportDialog
        title="Import values"
        fields={MEASURE_VALUE_FIELDS}
        onPreview={(rows) => buildMeasureValuesImport(rows, { measures })}
        onAccept={onAccept}
        onClose={onClose}
      />,
    );
  });
  const button = (name: RegExp) => [...container.querySelectorAll('button')].find((b) => name.test(b.textContent))!;
  await act(() => {
    button(/Choose file/).click();
    return Promise.resolve();
  });
  await act(() => new Promise((r) => setTimeout(r, 20)));
  return { container, root, button, onAccept, onClose };
}

afterEach(() => {
  document.body.innerHTML = '';
  delete window.panelwright;
});

describe('ImportDialog', () => {
  it('shows error rows with the word Error and keeps Import disabled', async () => {
    const { container, button, root } = await open('Measure,Period,Value\nAll Crime,Jul-17,5\nBurglary,Aug-17,x\n');
    expect(container.textContent).toContain('2 problems to fix');
    expect(container.textContent).toContain('Row 3, Value: "x" is not a number.');
    const errorRow = [...container.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === '3')!;
    expect(errorRow.textContent).toContain('Error');
    expect(button(/^Import$/).disabled).toBe(true);
    const labels = [...container.querySelectorAll('select')].map((s) => container.querySelector(`label[for="${s.id}"]`)?.textContent);
    expect(labels).toEqual(['Header row', 'Measure (required)', 'Period (required)', 'Value', 'Note']);
    act(() => root.unmount());
  });

  it('imports a clean file and then closes', async () => {
    const { container, button, onAccept, onClose, root } = await open('Measure,Period,Value\nAll Crime,Jul-17,5\n');
    expect(container.textContent).toContain('Ready to import: 1 value for 1 measure.');
    expect(button(/^Import$/).disabled).toBe(false);
    await act(() => {
      button(/^Import$/).click();
      return Promise.resolve();
    });
    expect(onAccept).toHaveBeenCalledWith([{ rowNumber: 2, values: { measure: 'All Crime', period: 'm2017-07', value: 5, note: '' } }]);
    expect(onClose).toHaveBeenCalled();
    act(() => root.unmount());
  });

  it('shows a reader error as a sentence', async () => {
    const { container, root } = await open('');
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The file is empty.');
    act(() => root.unmount());
  });
});
