// How each RAGB status looks and is named: the reference paper's key wording, plus a letter and a
// symbol so the status survives black-and-white print. Colours come from the one shared palette.
import { PALETTE } from '../status/palette';
import type { StatusMark } from '../status/palette';
import { DEFAULT_THRESHOLDS } from './model';
import type { MeasureStatus, MeasureThresholds } from './model';
import { formatNumber } from './format';

/** A measure status as drawn: its short name ("Blue", "No Longer Measured") and its palette style. */
export type MeasureStatusStyle = StatusMark;

export const MEASURE_STATUS_STYLE: Record<MeasureStatus, MeasureStatusStyle> = {
  blue: { label: 'Blue', ...PALETTE.blue },
  green: { label: 'Green', ...PALETTE.green },
  amber: { label: 'Amber', ...PALETTE.amber },
  red: { label: 'Red', ...PALETTE.red },
  noLongerMeasured: { label: 'No Longer Measured', ...PALETTE.grey },
  none: { label: 'Not rated', ...PALETTE.none },
};

/** The RAGB key wording of the reference table, with the plan's own threshold. */
export function ragbKeyText(status: MeasureStatus, thresholds: MeasureThresholds = DEFAULT_THRESHOLDS): string {
  const t = formatNumber(thresholds.significance);
  switch (status) {
    case 'blue':
      return `Significantly better than Target >${t}% difference`;
    case 'green':
      return 'Better than Target';
    case 'amber':
      return `Close to achieving Target (within ${t}%)`;
    case 'red':
      return `Significantly worse than Target >${t}% difference`;
    case 'noLongerMeasured':
      return 'No Longer Measured';
    case 'none':
      return 'Not rated (monitor only or no data)';
  }
}
